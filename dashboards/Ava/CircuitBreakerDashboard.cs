using Dashboards.Model;
using Dashboards.PromQL;
using Dashboards.Suites.Common;
using static Dashboards.Suites.Common.Queries;
using Metrics = Dashboards.Suites.Ava.AvaMetrics;

namespace Dashboards.Suites.Ava;

/// <summary>"Circuit Breaker Health" (circuit_breaker_health.json): breaker state, opens, recoveries, failure and open rates.</summary>
public static class CircuitBreakerDashboard
{
    public const string Uid = "ava-circuit-breaker-health";

    private static readonly PromDuration Day = PromDuration.FromHours(24);

    public static Dashboard Build()
    {
        var state = Prom.Max(Metrics.CircuitBreakerState.Selector()).By("service");
        var hour = PromDuration.FromHours(1);

        return AvaDashboards.Create(Uid, "Circuit Breaker Health", "circuit-breaker")
            .WithDescription("Circuit breaker state, failures and recovery for Vapi and Twilio.")
            .AddPanels(
                new StatPanel("Circuit Breaker State")
                    .Size(8, 4)
                    .WithTargets(Query(state, "{{service}}"))
                    .Mappings(AvaDashboards.BreakerStates)
                    .ColorMode(StatColorMode.Background)
                    .GraphMode(StatGraphMode.None)
                    .TextMode(StatTextMode.ValueAndName),
                new StatPanel("Circuit Opens (Last 24h)")
                    .Size(4, 4)
                    .WithTargets(Query(Metrics.CircuitBreakerOpens.SumIncrease(Day), "Opens"))
                    .Decimals(0),
                new StatPanel("Circuit Recoveries (Last 24h)")
                    .Size(4, 4)
                    .WithTargets(Query(Metrics.CircuitBreakerCloses.SumIncrease(Day), "Recoveries"))
                    .Decimals(0),
                new StatPanel("Open Rate")
                    .SilenceLint("target-rate-interval-rule", "opens are rare: the document's 1h window, whatever the zoom")
                    .Size(4, 4)
                    .WithDescription("Opens per failure over the last hour. Target below 0.5%, warning above 1%, critical above 5%.")
                    .WithTargets(Query(
                        Prom.Sum(Metrics.CircuitBreakerOpens.Rate(hour)) / Prom.Sum(Metrics.CircuitBreakerFailures.Rate(hour)) * 100,
                        "Open rate"))
                    .Unit(Unit.Percent)
                    .Decimals(2)
                    .Thresholds(AvaDashboards.OpenRatePercent),
                new StatPanel("Average Recovery Time")
                    .SilenceLint("target-rate-interval-rule", "recoveries are rare: the mean over the last 24h, whatever the zoom")
                    .Size(4, 4)
                    .WithDescription("Mean time from open to closed over the last 24h. Target: 30 s.")
                    .WithTargets(Query(Metrics.CircuitBreakerRecovery.Average(Day), "Recovery"))
                    .Unit(Unit.Seconds)
                    .Thresholds(Thresholds.Absolute(Color.Green).Step(30, Color.Red)),
                new GaugePanel("Health Score")
                    .Size(6, 8)
                    .WithDescription("100 when every breaker is closed, 50 per half-open, 0 per open breaker (averaged). Critical below 80.")
                    .WithTargets(Query(100 - Prom.Avg(Metrics.CircuitBreakerState.Selector()) * 50, "Health"))
                    .Min(0).Max(100)
                    .Decimals(0)
                    .Thresholds(Thresholds.Absolute(Color.Red).Step(80, Color.Green)),
                new TimeSeriesPanel("Failure Rate by Service")
                    .Size(18, 8)
                    .WithTargets(Query(Metrics.CircuitBreakerFailures.SumRate("service"), "{{service}}"))
                    .Unit(Unit.Short)
                    .Axis(a => a.Label("failures per second")),
                new StateTimelinePanel("Circuit State Transitions")
                    .WithTargets(Query(state, "{{service}}"))
                    .Mappings(AvaDashboards.BreakerStates));
    }
}
