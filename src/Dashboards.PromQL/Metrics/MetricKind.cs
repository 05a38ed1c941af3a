namespace Dashboards.PromQL.Metrics;

public enum MetricKind
{
    Counter,
    Gauge,
    Histogram,
    Summary,
}
