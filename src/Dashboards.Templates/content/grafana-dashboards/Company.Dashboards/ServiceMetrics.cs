using Dashboards.PromQL.Metrics;

namespace Company.Dashboards;

/// <summary>
/// The metrics your services export, declared once. Queries are built from these definitions, so a metric or label
/// name is spelled in one place and a counter can't be passed where a histogram is expected.
/// </summary>
public static class ServiceMetrics
{
    public static readonly MetricCatalog Catalog = new();

    /// <summary>Exported as <c>http_requests_total</c>.</summary>
    public static readonly Counter Requests = Catalog.Add(new Counter("http_requests",
        new Label("service", "checkout", "cart", "search"),
        new Label("status", "200", "404", "500", "503")));

    /// <summary>Exported as <c>http_request_duration_seconds_bucket</c>, <c>_sum</c> and <c>_count</c>.</summary>
    public static readonly Histogram Latency = Catalog.Add(new Histogram("http_request_duration_seconds",
        new Label("service", "checkout", "cart", "search")));
}
