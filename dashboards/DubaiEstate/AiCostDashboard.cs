using Dashboards.LogQL;
using Dashboards.Model;
using Dashboards.PromQL;
using Dashboards.Suites.Common;
using static Dashboards.Suites.Common.Queries;
using static Dashboards.Suites.DubaiEstate.DubaiEstateDashboards;
using Metrics = Dashboards.Suites.DubaiEstate.DubaiEstateMetrics;

namespace Dashboards.Suites.DubaiEstate;

/// <summary>"AI &amp; Cost Analytics": Claude API cost and token usage, per model and per query.</summary>
public static class AiCostDashboard
{
    public const string Uid = "dubai-estate-ai-cost";

    // "Cost > $50/day → Budget warning" (Phase 1 alerts).
    private const double DailyBudgetUsd = 50;

    public static Dashboard Build()
    {
        var cost = Metrics.AiCost;
        var tokens = Metrics.AiTokens;
        var queries = Metrics.Queries;

        return Create(Uid, "AI & Cost Analytics", "cost", "ai")
            .WithDescription("Claude API costs and usage: totals, projections, per model, per query, efficiency.")
            .AddRow(new RowPanel("Metrics").AddPanels(
                Metric("Total Cost (24h)")
                    .WithTargets(Query(cost.SumIncrease(LastDay), "Cost"))
                    .Unit(Unit.CurrencyUSD)
                    .Decimals(2)
                    .Thresholds(Thresholds.Absolute(Color.Green).Step(DailyBudgetUsd, Color.Red)),
                Metric("Avg Cost per Query")
                    .WithTargets(Query(cost.SumIncrease(LastDay) / queries.SumIncrease(LastDay), "USD/query"))
                    .Unit(Unit.CurrencyUSD)
                    .Decimals(4),
                Metric("Total Tokens (24h)")
                    .WithTargets(Query(tokens.SumIncrease(LastDay), "Tokens"))
                    .Unit(Unit.Short),
                Metric("Projected Monthly Cost")
                    .SilenceLint("target-rate-interval-rule", "the projection extrapolates the last 24h of spending, whatever the zoom")
                    .WithDescription("Spending rate of the last 24h over 30 days.")
                    .WithTargets(Query(Prom.Sum(cost.Rate(LastDay)) * 2_592_000, "USD/month"))
                    .Unit(Unit.CurrencyUSD)
                    .Decimals(0)
                    .Thresholds(Thresholds.Absolute(Color.Green).Step(DailyBudgetUsd * 30, Color.Red))))
            .AddRow(new RowPanel("Charts").AddPanels(
                new TimeSeriesPanel("Cost Over Time")
                    .WithTargets(Query(cost.SumRate() * 3600, "USD/hour"))
                    .Unit(Unit.CurrencyUSD)
                    .Axis(a => a.Label("USD per hour"))
                    .Style(s => s.FillOpacity(20)),
                new TimeSeriesPanel("Token Usage Over Time")
                    .WithTargets(Query(tokens.SumRate("token_type"), "{{token_type}}"))
                    .Unit(Unit.Short)
                    .Axis(a => a.Label("tokens per second"))
                    .AsStackedAreas(),
                new PieChartPanel("Cost by Model (Sonnet/Opus/Haiku)")
                    .WithTargets(Instant(cost.SumIncrease(PromDuration.Range, "model"), "{{model}}"))
                    .Unit(Unit.CurrencyUSD)
                    .Labels(PieChartLabel.Name, PieChartLabel.Percent)
                    .LegendValues(PieChartLegendValue.Value),
                new TimeSeriesPanel("Token Usage by Model")
                    .Size(16, 8)
                    .WithTargets(Query(tokens.SumRate("model"), "{{model}}"))
                    .Unit(Unit.Short)
                    .Axis(a => a.Label("tokens per second"))
                    .AsStackedAreas(),
                new TimeSeriesPanel("Cost per Query Over Time")
                    .WithTargets(Query(cost.SumRate() / queries.SumRate(), "USD/query"))
                    .Unit(Unit.CurrencyUSD)
                    .Decimals(4),
                new TimeSeriesPanel("Cost Efficiency (Queries per Dollar)")
                    .WithDescription("Higher is better.")
                    .WithTargets(Query(queries.SumRate() / cost.SumRate(), "Queries per USD"))
                    .Unit(Unit.Short),
                new TablePanel("Most Expensive Queries")
                    .WithDescription("The costliest single queries in the range, from the bot's JSON logs in Loki.")
                    .WithDatasource(Datasources.Loki)
                    .WithTargets(new LokiTarget(
                            Loki.TopK(10, Loki.Max(Loki.MaxOverTime(BotLogs.WithoutErrors().Unwrap("cost_usd"), LokiDuration.Range)).By("user_id", "query")))
                        .WithDatasource(Datasources.Loki)
                        .Instant())
                    .Transform(
                        Transformation.MergeSeries(),
                        Transformation.Organize().Exclude("Time").Rename("user_id", "User").Rename("query", "Query").Rename(ValueColumns.OfRefId("A"), "Cost"),
                        Transformation.SortByField("Cost", descending: true))
                    .Override(FieldMatcher.ByName("Cost"), o => o.Unit(Unit.CurrencyUSD).Decimals(4))));
    }
}
