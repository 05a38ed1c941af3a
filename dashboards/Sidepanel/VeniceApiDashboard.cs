using Dashboards.Model;
using Dashboards.PromQL;
using Dashboards.Suites.Common;
using static Dashboards.Suites.Common.Queries;
using Metrics = Dashboards.Suites.Sidepanel.SidepanelMetrics;

namespace Dashboards.Suites.Sidepanel;

/// <summary>View 2, "Venice API" (last 24 hours): Diem balance, latency, tokens and cost.</summary>
public static class VeniceApiDashboard
{
    public const string Uid = "sidepanel-venice-api";

    private static readonly Unit Diem = Unit.Suffix(" Diem");

    public static Dashboard Build()
    {
        var latency = Metrics.VeniceRequestDuration;
        var tokens = Metrics.VeniceTokens;
        var cost = Metrics.VeniceCost;

        return SidepanelDashboards.Create(Uid, "Venice API", "now-24h")
            .WithDescription("Venice Diem balance and burn rate, API latency, token usage and cost.")
            .AddPanels(
                new TimeSeriesPanel("Balance")
                    .Size(18, 8)
                    .WithTargets(Query(Metrics.VeniceBalance.Selector(), "Balance"))
                    .Unit(Diem)
                    .Min(0)
                    .Legend(l => l.AsList().Calcs(Reducer.LastNotNull))
                    .Style(s => s.FillOpacity(30)),
                new GaugePanel("Venice Balance")
                    .Size(6, 8)
                    .WithTargets(Query(Metrics.VeniceBalance.Selector(), "Balance"))
                    .Unit(Diem)
                    .Min(0).Max(100)
                    .Thresholds(Thresholds.Absolute(Color.Red).Step(10, Color.Orange).Step(25, Color.Yellow).Step(50, Color.Green)),
                new StatPanel("Balance Reset In")
                    .Size(12, 4)
                    .WithTargets(Query(Metrics.VeniceBalanceReset.Selector() - Prom.Time(), "Reset in"))
                    .Unit(Unit.DurationSeconds)
                    .GraphMode(StatGraphMode.None),
                new StatPanel("Burn Rate")
                    .Size(12, 4)
                    .WithDescription("How fast the balance falls, from its slope over the last hour.")
                    .WithTargets(Query(-Prom.Deriv(Metrics.VeniceBalance.Range(PromDuration.FromHours(1))) * 3600, "Burn rate"))
                    .Unit(Unit.Suffix(" Diem/h"))
                    .Decimals(1),
                new StatPanel("API Latency")
                    .Size(8, 6)
                    .WithTargets(
                        Query(latency.Quantile(0.50), "p50"),
                        Query(latency.Quantile(0.95), "p95"),
                        Query(latency.Quantile(0.99), "p99"))
                    .Unit(Unit.Seconds)
                    .TextMode(StatTextMode.ValueAndName)
                    .Thresholds(Slo.GreenYellowRed(warning: 0.5, critical: 1)),
                new StatPanel("Tokens Today")
                    .Size(8, 6)
                    .WithDescription("Tokens over the last 24 hours.")
                    .WithTargets(
                        Query(tokens.Where("type", "prompt").SumIncrease(PromDuration.FromDays(1)), "Prompt"),
                        Query(tokens.Where("type", "completion").SumIncrease(PromDuration.FromDays(1)), "Completion"),
                        Query(tokens.SumIncrease(PromDuration.FromDays(1)), "Total"))
                    .Unit(Unit.LocaleFormat)
                    .Decimals(0)
                    .TextMode(StatTextMode.ValueAndName)
                    .GraphMode(StatGraphMode.None),
                new StatPanel("Cost")
                    .Size(8, 6)
                    .WithTargets(
                        Query(cost.SumIncrease(PromDuration.FromDays(1)), "Today"),
                        Query(cost.SumIncrease(PromDuration.FromDays(7)), "Week"),
                        Query(cost.SumIncrease(PromDuration.FromDays(30)), "Month"))
                    .Unit(Unit.CurrencyUSD)
                    .Decimals(3)
                    .TextMode(StatTextMode.ValueAndName)
                    .GraphMode(StatGraphMode.None));
    }
}
