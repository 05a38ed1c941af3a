using Dashboards.Model;
using Dashboards.PromQL;
using Dashboards.Suites.Common;
using static Dashboards.Suites.Common.Queries;
using Metrics = Dashboards.Suites.Ava.AvaMetrics;

namespace Dashboards.Suites.Ava;

/// <summary>"Performance Metrics" (performance_metrics.json): latency against the SLO, throughput, pool efficiency, slow spots.</summary>
public static class PerformanceMetricsDashboard
{
    public const string Uid = "ava-performance-metrics";

    public static Dashboard Build()
    {
        var duration = Metrics.HttpRequestDuration;
        var hits = Metrics.ConnectionPoolHits.SumRate();
        var misses = Metrics.ConnectionPoolMisses.SumRate();

        return AvaDashboards.Create(Uid, "Performance Metrics", "performance")
            .WithDescription("Latency percentiles against the SLO, throughput, connection pool efficiency, rate limits, slow endpoints.")
            .AddPanels(
                new StatPanel("Response Time Percentiles (p50, p95, p99)")
                    .Size(12, 5)
                    .WithDescription("Targets: p50 below 100 ms, p95 below 300 ms, p99 below 500 ms.")
                    .WithTargets(
                        Query(duration.Quantile(0.50), "p50").WithRefId("A"),
                        Query(duration.Quantile(0.95), "p95").WithRefId("B"),
                        Query(duration.Quantile(0.99), "p99").WithRefId("C"))
                    .Unit(Unit.Seconds)
                    .Thresholds(AvaDashboards.P50Seconds)
                    .Override(FieldMatcher.ByQuery("B"), o => o.Thresholds(AvaDashboards.P95Seconds))
                    .Override(FieldMatcher.ByQuery("C"), o => o.Thresholds(AvaDashboards.P99Seconds))
                    .TextMode(StatTextMode.ValueAndName),
                new StatPanel("Throughput (requests/second)")
                    .Size(6, 5)
                    .WithTargets(Query(Metrics.HttpRequests.SumRate(), "Throughput"))
                    .Unit(Unit.RequestsPerSecond),
                new GaugePanel("Connection Pool Efficiency")
                    .Size(6, 5)
                    .WithDescription("Twilio requests served by a pooled connection. Target above 90%, warning below 80%, critical below 70%.")
                    .WithTargets(Query(hits / (hits + misses) * 100, "Efficiency"))
                    .Unit(Unit.Percent)
                    .Min(0).Max(100)
                    .Thresholds(AvaDashboards.PoolEfficiencyPercent),
                new TimeSeriesPanel("Latency Percentiles Over Time")
                    .WithTargets(
                        Query(duration.Quantile(0.50), "p50"),
                        Query(duration.Quantile(0.95), "p95"),
                        Query(duration.Quantile(0.99), "p99"))
                    .Unit(Unit.Seconds)
                    .WithThresholdLine(Thresholds.Absolute(Color.Green).Step(0.5, Color.Orange).Step(2, Color.Red)),
                new TimeSeriesPanel("Request Rate by Endpoint")
                    .WithTargets(Query(Metrics.HttpRequests.SumRate("path"), "{{path}}"))
                    .Unit(Unit.RequestsPerSecond),
                new TimeSeriesPanel("Rate Limit Hits (429 Responses)")
                    .WithTargets(Query(Metrics.HttpRequests.Where("status", "429").SumRate("path"), "{{path}}"))
                    .Unit(Unit.RequestsPerSecond)
                    .AsBars(),
                new BarGaugePanel("Slowest Endpoints (p99)")
                    .WithTargets(Instant(Prom.SortDesc(Prom.TopK(10, duration.Quantile(0.99, "path"))), "{{path}}"))
                    .Unit(Unit.Seconds)
                    .Thresholds(AvaDashboards.P99Seconds)
                    .Orientation(Orientation.Horizontal),
                new TimeSeriesPanel("Database Query Performance")
                    .Size(Layout.Wide.W, Layout.Wide.H)
                    .WithTargets(
                        Query(Metrics.DbQueryDuration.Quantile(0.95, "operation"), "{{operation}} p95"),
                        Query(Metrics.DbQueryDuration.Average("operation"), "{{operation}} avg"))
                    .Unit(Unit.Seconds));
    }
}
