using Dashboards.Model;
using Dashboards.Model.Transformations;
using Dashboards.PromQL;
using Dashboards.Suites.Common;
using static Dashboards.Suites.Common.Queries;

namespace Dashboards.Suites.Bots;

/// <summary>"Bots Framework - Cost Tracking": the thirteen panels of the document's Cost Tracking Dashboard.</summary>
public static class CostDashboard
{
    public const string Uid = "bots-cost";

    private static readonly PromDuration LastHour = PromDuration.FromHours(1);

    public static Dashboard Build()
    {
        var cost = BotsDashboards.ByProviderAndModel(BotsMetrics.CostTotal);
        var costPerOperation = BotsDashboards.ByProviderAndModel(BotsMetrics.CostPerOperation);
        var apiCalls = BotsDashboards.ByProviderAndModel(BotsMetrics.ApiCalls);
        var tokens = BotsDashboards.ByProviderAndModel(BotsMetrics.TokensUsed);

        return BotsDashboards.Create(Uid, "Cost Tracking", "cost")
            .WithDescription("LLM API spending by provider and model, cost per operation, token efficiency and projections.")
            .AddVariable(BotsDashboards.LabelVariable("provider", "provider", "Provider", BotsMetrics.CostTotal))
            .AddVariable(BotsDashboards.LabelVariable("model", "model", "Model", BotsMetrics.CostTotal, byProvider: true))
            .AddAnnotation(new PrometheusAnnotation("Cost Spikes",
                    Prom.Sum(BotsMetrics.CostTotal.Rate(PromDuration.FromMinutes(5))).GreaterThan(0.01))
                .WithDatasource(Datasources.Prometheus)
                .WithTitleFormat("Cost spike")
                .WithTextFormat("Spending above $0.01/s")
                .WithIconColor(Color.Orange))
            .AddAnnotation(new PrometheusAnnotation("High-Cost Operations",
                    BotsMetrics.CostPerOperation.Quantile(0.95, PromDuration.FromMinutes(5)).GreaterThan(0.05))
                .WithDatasource(Datasources.Prometheus)
                .WithTitleFormat("High-cost operations")
                .WithTextFormat("p95 cost per operation above $0.05")
                .WithIconColor(Color.Red))
            .AddPanels(
                new StatPanel("Total Cost (Current)")
                    .SilenceLint("target-counter-agg-rule", "the document shows the cumulative cost since the counters started")
                    .SilenceLint("target-counter-raw-rule", "the document shows the cumulative cost since the counters started")
                    .WithDescription("Cumulative cost since the counters started.")
                    .WithTargets(Query(Prom.Sum(cost.Selector()), "Total"))
                    .Unit(Unit.CurrencyUSD)
                    .Thresholds(Slo.GreenYellowRed(warning: 10, critical: 100)),
                new StatPanel("Cost Rate (per hour)")
                    .WithTargets(Query(cost.SumRate() * 3600, "USD/hour"))
                    .Unit(Unit.CurrencyUSD),
                new StatPanel("Average Cost per API Call")
                    .WithDescription("Excellent below $0.01, good to $0.05, review above.")
                    .WithTargets(Query(cost.SumRate() / apiCalls.SumRate(), "USD/call"))
                    .Unit(Unit.CurrencyUSD)
                    .Decimals(4)
                    .Thresholds(Slo.GreenYellowRed(warning: 0.01, critical: 0.05)),
                new StatPanel("API Calls per Second")
                    .WithTargets(Query(apiCalls.SumRate(), "Total"))
                    .Unit(Unit.RequestsPerSecond),
                new TimeSeriesPanel("Cost Over Time")
                    .WithTargets(Query(cost.SumRate(), "USD/s"))
                    .Unit(Unit.CurrencyUSD)
                    .Axis(a => a.WithLabel("USD per second"))
                    .Style(s => s.WithFillOpacity(20)),
                new TimeSeriesPanel("Cumulative Cost")
                    .WithTargets(Query(cost.SumIncrease(LastHour), "Cost in the last hour"))
                    .Unit(Unit.CurrencyUSD)
                    .AsStackedAreas(30),
                new TimeSeriesPanel("Cost by Provider (Stacked)")
                    .WithTargets(Query(cost.SumRate("provider"), "{{provider}}"))
                    .Unit(Unit.CurrencyUSD)
                    .Axis(a => a.WithLabel("USD per second"))
                    .AsStackedAreas(30),
                new PieChartPanel("Cost by Provider (Pie Chart)")
                    .Size(Layout.Chart.W, Layout.Chart.H)
                    .WithTargets(Instant(cost.SumIncrease(LastHour, "provider"), "{{provider}}"))
                    .Unit(Unit.CurrencyUSD)
                    .Labels(PieChartLabel.Percent)
                    .LegendValues(PieChartLegendValue.Value, PieChartLegendValue.Percent),
                new TimeSeriesPanel("Cost by Model")
                    .WithTargets(Query(cost.SumRate("model"), "{{model}}"))
                    .Unit(Unit.CurrencyUSD)
                    .Axis(a => a.WithLabel("USD per second")),
                new BarGaugePanel("Cost per Operation (Bar Gauge)")
                    .WithTargets(Instant(Prom.SortDesc(costPerOperation.Average("provider", "model")), "{{provider}}/{{model}}"))
                    .Unit(Unit.CurrencyUSD)
                    .Decimals(4)
                    .Orientation(Orientation.Horizontal),
                CostPerOperationTable(cost, costPerOperation, apiCalls),
                new TimeSeriesPanel("Token Usage (Input vs Output)")
                    .WithTargets(
                        Query(tokens.Where("token_type", "input").SumRate(), "Input"),
                        Query(tokens.Where("token_type", "output").SumRate(), "Output"))
                    .Unit(Unit.Short)
                    .Axis(a => a.WithLabel("tokens per second"))
                    .AsBars().Style(s => s.Stack(StackingMode.Normal)),
                new TimeSeriesPanel("Cost Efficiency (Cost per 1M Tokens)")
                    .WithTargets(Query(cost.SumRate("provider") / tokens.SumRate("provider") * 1_000_000, "{{provider}}"))
                    .Unit(Unit.CurrencyUSD)
                    .Axis(a => a.WithLabel("USD per 1M tokens")));
    }

    private static TablePanel CostPerOperationTable(
        PromQL.Metrics.Counter cost, PromQL.Metrics.Histogram costPerOperation, PromQL.Metrics.Counter apiCalls) =>
        new TablePanel("Cost per Operation (Table)")
            .WithTargets(
                Table(costPerOperation.Average("provider", "model")).WithRefId("A"),
                Table(costPerOperation.Quantile(0.95, "provider", "model")).WithRefId("B"),
                Table(apiCalls.SumIncrease(LastHour, "provider", "model")).WithRefId("C"),
                Table(cost.SumIncrease(LastHour, "provider", "model")).WithRefId("D"))
            .Transform(
                Transformation.MergeSeries(),
                Transformation.Organize()
                    .Exclude("Time")
                    .Column("provider", "Provider")
                    .Column("model", "Model")
                    .Column(ValueColumns.OfRefId("A"), "Avg Cost")
                    .Column(ValueColumns.OfRefId("B"), "p95 Cost")
                    .Column(ValueColumns.OfRefId("C"), "Total Calls")
                    .Column(ValueColumns.OfRefId("D"), "Total Cost"))
            .Override(FieldMatcher.ByRegex("Avg Cost|p95 Cost"), o => o.Unit(Unit.CurrencyUSD).Decimals(4))
            .Override(FieldMatcher.ByName("Total Cost"), o => o.Unit(Unit.CurrencyUSD).Decimals(2))
            .Override(FieldMatcher.ByName("Total Calls"), o => o.Unit(Unit.Short).Decimals(0))
            .SortBy("Avg Cost", descending: true);
}
