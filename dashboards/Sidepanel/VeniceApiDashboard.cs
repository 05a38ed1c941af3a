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

    private static readonly Unit Diem = Unit.Suffix("Diem");

    public static Dashboard Build()
    {
        var latency = Metrics.VeniceRequestDuration;
        var tokens = Metrics.VeniceTokens;

        return SidepanelDashboards.Create(Uid, "Venice API", "now-24h")
            .WithDescription("Venice Diem balance and burn rate, API latency, token usage and cost.")
            .AddPanels(
                new TimeSeriesPanel("Balance")
                    .Size(18, 8)
                    .WithTargets(Query(Metrics.VeniceBalance.Selector(), "Balance"))
                    .Unit(Diem)
                    .Min(0)
                    .Legend(l => l.AsList().WithCalcs(Reducer.LastNotNull))
                    .Style(s => s.WithFillOpacity(30)),
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
                    .Unit(Unit.Suffix("Diem/h"))
                    .Decimals(1),
                new StatPanel("API Latency")
                    .Size(6, 6)
                    .WithTargets(
                        Query(latency.Quantile(0.50), "p50"),
                        Query(latency.Quantile(0.95), "p95"),
                        Query(latency.Quantile(0.99), "p99"))
                    .Unit(Unit.Seconds)
                    .TextMode(StatTextMode.ValueAndName)
                    .Thresholds(Slo.GreenYellowRed(warning: 0.5, critical: 1)),
                new StatPanel("Tokens Today")
                    .Size(6, 6)
                    .WithDescription("Tokens since midnight.")
                    .WithRelativeTime(RelativeTime.Today)
                    .WithTargets(
                        Instant(tokens.Where("type", "prompt").SumIncrease(PromDuration.Range), "Prompt"),
                        Instant(tokens.Where("type", "completion").SumIncrease(PromDuration.Range), "Completion"),
                        Instant(tokens.SumIncrease(PromDuration.Range), "Total"))
                    .Unit(Unit.LocaleFormat)
                    .Decimals(0)
                    .TextMode(StatTextMode.ValueAndName)
                    .GraphMode(StatGraphMode.None),
                // The document's Cost box (Today / Week / Month): one panel per calendar period, as a panel has one time range.
                CostSoFar("Cost Today", RelativeTime.Today, "Today"),
                CostSoFar("Cost This Week", RelativeTime.ThisWeek, "Week"),
                CostSoFar("Cost This Month", RelativeTime.ThisMonth, "Month"));
    }

    /// <summary>Venice cost from the start of <paramref name="period"/> to now.</summary>
    private static StatPanel CostSoFar(string title, RelativeTime period, string legend) =>
        new StatPanel(title)
            .Size(4, 6)
            .WithRelativeTime(period)
            .WithTargets(Instant(Metrics.VeniceCost.SumIncrease(PromDuration.Range), legend))
            .Unit(Unit.CurrencyUSD)
            .Decimals(3)
            .GraphMode(StatGraphMode.None);
}
