using Dashboards.Model;
using Dashboards.PromQL;
using Dashboards.Suites.Common;
using static Dashboards.Suites.Common.Queries;
using Metrics = Dashboards.Suites.Sidepanel.SidepanelMetrics;

namespace Dashboards.Suites.Sidepanel;

/// <summary>View 1, "System Overview" (last 24 hours), with the request panels of the document's "Sidepanel Overview" JSON.</summary>
public static class SystemOverviewDashboard
{
    public const string Uid = "sidepanel-system-overview";

    private static readonly PromDuration Day = PromDuration.FromHours(24);

    public static Dashboard Build() =>
        SidepanelDashboards.Create(Uid, "System Overview", "now-24h")
            .WithDescription("Health, uptime, errors, connections and request rate of the Sidepanel bridge.")
            .AddPanels(
                new StatPanel("Health")
                    .WithTargets(Query(Prom.Min(Metrics.HealthStatus.Selector()), "Status"))
                    .Mappings(
                        ValueMapping.Value("2", "● HEALTHY", Color.Green),
                        ValueMapping.Value("1", "● DEGRADED", Color.Yellow),
                        ValueMapping.Value("0", "● UNHEALTHY", Color.Red))
                    .GraphMode(StatGraphMode.None)
                    .ColorMode(StatColorMode.Background),
                new StatPanel("Uptime")
                    .WithDescription("Share of successful scrapes over the last 24h, and time since the bridge started.")
                    .WithTargets(
                        Query(Prom.AvgOverTime(Metrics.Up.Where("job", "sidepanel-bridge").Range(Day)) * 100, "Uptime").WithRefId("A"),
                        Query(Prom.Time() - Prom.Max(Metrics.ProcessStartTime.Where("job", "sidepanel-bridge").Selector()), "Running for").WithRefId("B"))
                    .Unit(Unit.Percent)
                    .Decimals(2)
                    .Override(FieldMatcher.ByQuery("B"), o => o.Unit(Unit.DurationSeconds).Decimals(0))
                    .GraphMode(StatGraphMode.None)
                    .TextMode(StatTextMode.ValueAndName),
                new StatPanel("Errors")
                    .WithDescription("Failed requests, last 24h.")
                    .WithTargets(Query(Metrics.Requests.Where("status", "error").SumIncrease(Day), "last 24h"))
                    .Decimals(0)
                    .Thresholds(Slo.GreenYellowRed(warning: 1, critical: 10)),
                new StatPanel("Active Connections")
                    .WithTargets(Query(Metrics.ActiveConnections.Sum(), "Connections")),
                new TimeSeriesPanel("Connections")
                    .Size(Layout.Wide.W, 6)
                    .WithTargets(Query(Metrics.ActiveConnections.Sum(), "Active connections"))
                    .Legend(l => l.AsList().WithCalcs(Reducer.LastNotNull, Reducer.Max, Reducer.Mean))
                    .Style(s => s.WithFillOpacity(20)),
                new TimeSeriesPanel("Requests/min")
                    .Size(Layout.Wide.W, 6)
                    .WithTargets(Query(Metrics.Requests.SumRate() * 60, "Requests/min"))
                    .Unit(Unit.RequestsPerMinute)
                    .Legend(l => l.AsList().WithCalcs(Reducer.LastNotNull, Reducer.Max, Reducer.Mean))
                    .Style(s => s.WithFillOpacity(20)),
                new TimeSeriesPanel("Request Rate")
                    .WithTargets(Query(Metrics.Requests.Rate(), "{{method}} {{status}}"))
                    .Unit(Unit.RequestsPerSecond),
                new HeatmapPanel("Latency Distribution")
                    .WithTargets(Query(Bots.PerformanceDashboard.BucketRates(Metrics.RequestDuration), "{{le}}").AsHeatmap())
                    .CalculateBuckets(false)
                    .YAxis(Unit.Seconds));
}
