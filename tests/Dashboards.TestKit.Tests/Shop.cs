using Dashboards.Model;
using Dashboards.PromQL;
using Dashboards.PromQL.Metrics;
using Dashboards.PromQL.Rules;

namespace Dashboards.TestKit.Tests;

/// <summary>A small catalog to check the helpers against: one folder, one dashboard, one rule file.</summary>
internal static class Shop
{
    public static readonly MetricCatalog Metrics = new();
    public static readonly Counter Requests = Metrics.Add(new Counter("http_requests",
        new Label("service", "checkout", "cart"), new Label("status", "200", "500")));
    public static readonly Histogram Latency = Metrics.Add(new Histogram("http_request_duration_seconds", new Label("service", "checkout", "cart")));

    public static readonly Folder Folder = new("shop", "Shop");

    public static Dashboard Dashboard(params Target[] extraTargets) => new Dashboard("shop-overview", "Shop overview")
        .AddVariable(new DatasourceVariable("datasource"))
        .WithDefaultDatasource(new DatasourceVariable("datasource").Ref)
        .AddPanel(new TimeSeriesPanel("Requests")
            .WithTargets([new PrometheusTarget(Requests.SumRate("service")), .. extraTargets]))
        .AddPanel(new TimeSeriesPanel("Latency")
            .WithTargets(new PrometheusTarget(Latency.Quantile(0.95, "service"))));

    public static RuleFile Rules(params Rule[] extra) => new(new RuleGroup("shop",
        [new RecordingRule("service:http_requests:rate5m", Requests.SumRate(PromDuration.FromMinutes(5), "service")), .. extra]));

    public static Catalog Catalog(Dashboard? dashboard = null, RuleFile? rules = null) => Dashboards.Model.Catalog.Create()
        .AddFolder(Folder, dashboard ?? Dashboard())
        .AddRuleFile("shop", rules ?? Rules());
}
