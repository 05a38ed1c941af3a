using Dashboards.Model;
using Dashboards.Model.Transformations;
using Dashboards.PromQL;
using Dashboards.Suites.Common;
using static Dashboards.Suites.Common.Queries;

namespace Dashboards.Suites.Bots;

/// <summary>"Bots Framework - Error Tracking": the twelve panels of the document's Error Tracking Dashboard.</summary>
public static class ErrorDashboard
{
    public const string Uid = "bots-errors";

    public static Dashboard Build()
    {
        var errors = BotsMetrics.Errors.Matches("provider", "$provider").Matches("error_type", "$error_type");
        var toolFailures = BotsMetrics.ToolFailures.Matches("provider", "$provider").Matches("tool_name", "$tool_name");
        var apiCalls = BotsMetrics.ApiCalls.Matches("provider", "$provider");
        var toolCalls = BotsMetrics.ToolCalls.Matches("provider", "$provider").Matches("tool_name", "$tool_name");

        return BotsDashboards.Create(Uid, "Error Tracking", "errors")
            .WithDescription("Error rates by provider and type, tool failures and success rates.")
            .AddVariable(BotsDashboards.LabelVariable("provider", "provider", "Provider", BotsMetrics.Errors))
            .AddVariable(BotsDashboards.LabelVariable("error_type", "error_type", "Error Type", BotsMetrics.Errors))
            .AddVariable(BotsDashboards.LabelVariable("tool_name", "tool_name", "Tool Name", BotsMetrics.ToolFailures))
            .WithDeploymentsAnnotation()
            .AddPanels(
                new TimeSeriesPanel("Error Rate (Errors per Second)")
                    .WithDescription("Alert above 0.1 errors/second (HighErrorRate).")
                    .WithTargets(Query(errors.SumRate(), "errors/s"))
                    .Unit(Unit.Short)
                    .Axis(a => a.WithLabel("errors per second"))
                    .WithThresholdLine(Thresholds.Absolute(Color.Green).Step(0.1, Color.Red)),
                new TimeSeriesPanel("Error Rate by Provider")
                    .WithTargets(Query(errors.SumRate("provider"), "{{provider}}"))
                    .Unit(Unit.Short)
                    .Axis(a => a.WithLabel("errors per second")),
                new BarChartPanel("Error Rate by Type")
                    .WithTargets(Table(Prom.SortDesc(Prom.TopK(10, errors.SumRate("error_type")))))
                    .Transform(Transformation.Organize().Exclude("Time").Rename(ValueColumns.Single, "errors/s"))
                    .XField("error_type")
                    .Orientation(Orientation.Horizontal)
                    .Unit(Unit.Short),
                new TimeSeriesPanel("Tool Failure Rate")
                    .WithDescription("Alert above 0.05 failures/second.")
                    .WithTargets(Query(toolFailures.SumRate(), "failures/s"))
                    .Unit(Unit.Short)
                    .Axis(a => a.WithLabel("failures per second"))
                    .WithThresholdLine(Thresholds.Absolute(Color.Green).Step(0.05, Color.Red)),
                new BarGaugePanel("Tool Failures by Tool Name")
                    .WithTargets(Instant(Prom.SortDesc(Prom.TopK(10, toolFailures.SumRate("tool_name"))), "{{tool_name}}"))
                    .Unit(Unit.Short)
                    .Orientation(Orientation.Horizontal),
                new GaugePanel("Success Rate (Percentage)")
                    .Size(4, 8)
                    .WithDescription("Target above 99%, warning below 95%, critical below 90%.")
                    .WithTargets(Query(apiCalls.Where("status", "success").SumRate() / apiCalls.SumRate() * 100, "Success rate"))
                    .Unit(Unit.Percent)
                    .Min(0).Max(100)
                    .Thresholds(Slo.HigherIsBetter(critical: 90, warning: 95, target: 99)),
                new GaugePanel("Tool Success Rate")
                    .Size(4, 8)
                    .WithDescription("Target above 95%.")
                    .WithTargets(Query(toolCalls.Where("success", "true").SumRate() / toolCalls.SumRate() * 100, "Tool success rate"))
                    .Unit(Unit.Percent)
                    .Min(0).Max(100)
                    .Thresholds(Thresholds.Absolute(Color.Red).Step(95, Color.Green)),
                new StatPanel("Error Percentage (Errors vs Total Operations)")
                    .Size(4, 8)
                    .WithDescription("Target below 1%, warning above 5%, critical above 10%.")
                    .WithTargets(Query(errors.SumRate() / apiCalls.SumRate() * 100, "Errors / operations"))
                    .Unit(Unit.Percent)
                    .Thresholds(Slo.LowerIsBetter(target: 1, warning: 5, critical: 10)),
                new TimeSeriesPanel("Errors Over Time")
                    .Size(Layout.Wide.W, Layout.Wide.H)
                    .WithTargets(Query(errors.SumRate("provider", "error_type"), "{{provider}} - {{error_type}}"))
                    .Unit(Unit.Short)
                    .Axis(a => a.WithLabel("errors per second"))
                    .AsStackedAreas(30),
                new StatPanel("Total Errors (Last Hour)")
                    .Size(6, 8)
                    .WithTargets(Query(errors.SumIncrease(PromDuration.FromHours(1)), "Errors"))
                    .Unit(Unit.Short)
                    .Decimals(0),
                new HeatmapPanel("Error Heatmap")
                    .Size(18, 8)
                    .WithTargets(Query(errors.SumRate("error_type"), "{{error_type}}"))
                    .CalculateBuckets(false)
                    .ColorScheme("Reds")
                    .CellValues(Unit.Short, 3),
                new TablePanel("Recent Errors (Table)")
                    .WithTargets(Table(errors.SumRate("provider", "error_type", "operation")))
                    .Transform(Transformation.Organize()
                        .Column("Time", "Timestamp")
                        .Column("provider", "Provider")
                        .Column("error_type", "Error Type")
                        .Column("operation", "Operation")
                        .Column(ValueColumns.Single, "Rate (errors/sec)"))
                    .Override(FieldMatcher.ByName("Rate (errors/sec)"), o => o.Decimals(3))
                    .SortBy("Rate (errors/sec)", descending: true));
    }
}
