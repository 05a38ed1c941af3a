using Dashboards.Model;
using Dashboards.PromQL;
using Dashboards.Suites.Common;
using static Dashboards.Suites.Common.Queries;
using static Dashboards.Suites.DubaiEstate.DubaiEstateDashboards;
using Metrics = Dashboards.Suites.DubaiEstate.DubaiEstateMetrics;

namespace Dashboards.Suites.DubaiEstate;

/// <summary>"Mission Control", the main view: six KPIs, then the charts and the recent logs.</summary>
public static class MissionControlDashboard
{
    public const string Uid = "dubai-estate-mission-control";

    public static Dashboard Build()
    {
        var queries = Metrics.Queries;
        var duration = Metrics.QueryDuration;

        return Create(Uid, "Mission Control", "overview")
            .WithDescription("Daily operations of the Dubai Estate AI bot: queries, success rate, cost, users, latency, errors, logs.")
            .AddRow(new RowPanel("KPIs").AddPanels(
                Kpi("Queries (Last Hour)")
                    .WithTargets(Query(queries.SumIncrease(LastHour), "Queries"))
                    .Decimals(0),
                Kpi("Success Rate")
                    .WithDescription("Queries that did not error. Good: above 95%.")
                    .WithTargets(Query(queries.Where("status", "success").SumRate() / queries.SumRate(), "Success"))
                    .Unit(Unit.PercentUnit)
                    .Decimals(1)
                    .Thresholds(Slo.RedYellowGreen(warning: 0.90, good: 0.95)),
                Kpi("Cost (Last Hour)")
                    .WithTargets(Query(Metrics.AiCost.SumIncrease(LastHour), "Cost"))
                    .Unit(Unit.CurrencyUSD)
                    .Decimals(2)
                    .Thresholds(Thresholds.Absolute(Color.Green).Step(10, Color.Red)),
                Kpi("Active Users")
                    .WithTargets(Query(Metrics.ActiveUsers.Sum(), "Users"))
                    .Decimals(0),
                Kpi("Avg Response Time")
                    .WithDescription("Good: median below 8 s, p95 below 15 s.")
                    .WithTargets(Query(duration.Average(), "Average"))
                    .Unit(Unit.Seconds)
                    .Thresholds(Slo.GreenYellowRed(warning: 8, critical: 15)),
                Kpi("Errors")
                    .WithTargets(Query(queries.Where("status", "error").SumIncrease(LastHour), "Errors (last hour)"))
                    .Decimals(0)
                    .Thresholds(Thresholds.Absolute(Color.Green).Step(1, Color.Red))))
            .AddRow(new RowPanel("Charts").AddPanels(
                new TimeSeriesPanel("Query Rate (success vs failures)")
                    .WithTargets(
                        Query(queries.Where("status", "success").SumRate() * 60, "Success"),
                        Query(queries.Where("status", "error").SumRate() * 60, "Failures"))
                    .Unit(Unit.RequestsPerMinute)
                    .Override(FieldMatcher.ByName("Failures"), o => o.Color(Color.Red))
                    .Override(FieldMatcher.ByName("Success"), o => o.Color(Color.Green)),
                new TimeSeriesPanel("Response Time Percentiles (P50, P95, P99)")
                    .WithTargets(
                        Query(duration.Quantile(0.50), "P50"),
                        Query(duration.Quantile(0.95), "P95"),
                        Query(duration.Quantile(0.99), "P99"))
                    .Unit(Unit.Seconds)
                    .WithThresholdLine(Thresholds.Absolute(Color.Green).Step(15, Color.Yellow).Step(30, Color.Red)),
                new BarGaugePanel("Tool Usage (top 10 tools)")
                    .WithTargets(Instant(Prom.SortDesc(Prom.TopK(10, Metrics.ToolUsage.SumIncrease(PromDuration.Range, "tool_name"))), "{{tool_name}}"))
                    .Decimals(0)
                    .Orientation(Orientation.Horizontal),
                new PieChartPanel("Command Usage Distribution")
                    .Size(Layout.Chart.W, Layout.Chart.H)
                    .WithTargets(Instant(Metrics.CommandUsage.SumIncrease(PromDuration.Range, "command"), "{{command}}"))
                    .Decimals(0)
                    .Labels(PieChartLabel.Name, PieChartLabel.Percent),
                new TimeSeriesPanel("Cost Over Time")
                    .WithTargets(Query(Metrics.AiCost.SumRate() * 3600, "USD/hour"))
                    .Unit(Unit.CurrencyUSD)
                    .Axis(a => a.WithLabel("USD per hour"))
                    .Style(s => s.WithFillOpacity(20)),
                new BarGaugePanel("Top Users by Query Count")
                    .WithTargets(Instant(Prom.SortDesc(Prom.TopK(10, queries.SumIncrease(PromDuration.Range, "user_id"))), "{{user_id}}"))
                    .Decimals(0)
                    .Orientation(Orientation.Horizontal),
                new LogsPanel("Recent Logs")
                    .WithDatasource(Datasources.Loki)
                    .WithTargets(new LokiTarget(BotLogs).WithDatasource(Datasources.Loki).WithMaxLines(200))
                    .Show(time: true)
                    .Wrap(prettifyJson: true)
                    .Sort(LogsSortOrder.Descending)));
    }
}
