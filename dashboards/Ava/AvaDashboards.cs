using Dashboards.Model;
using Dashboards.PromQL;
using Dashboards.Suites.Common;

namespace Dashboards.Suites.Ava;

/// <summary>What the three AVA.AI dashboards share: folder, time, the SLO table's thresholds, HTTP ratios.</summary>
public static class AvaDashboards
{
    public static readonly Folder Folder = new("ava", "AVA.AI");

    public static Dashboard Create(string uid, string title, params string[] tags) =>
        new Dashboard(uid, title)
            .WithSuiteSilences()
            .WithTags(["ava", "resilience", .. tags])
            .WithTime("now-24h", "now")
            .WithRefresh(TimeSpan.FromSeconds(30))
            .WithGraphTooltip(CursorSync.SharedCrosshair)
            .WithDefaultDatasource(Datasources.Prometheus)
            .AddVariable(Datasources.PrometheusVariable);

    /// <summary>Circuit breaker states as the breaker exports them.</summary>
    public static readonly ValueMapping[] BreakerStates =
    [
        ValueMapping.Value("0", "CLOSED", Color.Green),
        ValueMapping.Value("1", "HALF_OPEN", Color.Yellow),
        ValueMapping.Value("2", "OPEN", Color.Red),
    ];

    // SLO table (Phase 2-4 production targets): target, warning, critical.
    public static Thresholds ErrorRatePercent => Slo.LowerIsBetter(target: 0.1, warning: 0.5, critical: 1);
    public static Thresholds AvailabilityPercent => Slo.HigherIsBetter(critical: 99, warning: 99.5, target: 99.9);
    public static Thresholds P50Seconds => Slo.LowerIsBetter(target: 0.1, warning: 0.2, critical: 0.5);
    public static Thresholds P95Seconds => Slo.LowerIsBetter(target: 0.3, warning: 0.5, critical: 1);
    public static Thresholds P99Seconds => Slo.LowerIsBetter(target: 0.5, warning: 1, critical: 2);
    public static Thresholds MttrSeconds => Slo.GreenYellowRed(warning: 300, critical: 600);
    public static Thresholds OpenRatePercent => Slo.LowerIsBetter(target: 0.5, warning: 1, critical: 5);
    public static Thresholds PoolEfficiencyPercent => Slo.HigherIsBetter(critical: 70, warning: 80, target: 90);

    /// <summary>Share of requests whose status matches <paramref name="statusRegex"/>, in percent, optionally per label.</summary>
    public static InstantVector StatusPercent(string statusRegex, PromDuration? window = null, params string[] by)
    {
        var requests = AvaMetrics.HttpRequests;
        return SumRate(requests.Matches("status", statusRegex), window, by) / SumRate(requests, window, by) * 100;
    }

    private static InstantVector SumRate(PromQL.Metrics.Counter counter, PromDuration? window, string[] by)
    {
        var sum = Prom.Sum(counter.Rate(window));
        return by.Length == 0 ? sum : sum.By(by);
    }
}
