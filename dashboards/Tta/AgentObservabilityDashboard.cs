using Dashboards.Model;
using Dashboards.PromQL;
using Dashboards.Suites.Common;
using static Dashboards.Suites.Common.Queries;
using Metrics = Dashboards.Suites.Tta.TtaMetrics;

namespace Dashboards.Suites.Tta;

/// <summary>
/// "TTA.dev Agent Observability" (Phase 3): four tabs as rows (Overview, Workflows, Primitives, Resources)
/// holding the document's sixteen numbered panels.
/// </summary>
public static class AgentObservabilityDashboard
{
    public const string Uid = "tta-agent-observability";

    public static readonly Folder Folder = new("tta", "TTA.dev");

    // The document names its datasource variable DS_PROMETHEUS (import-style); kept so existing links keep working.
    private static readonly DatasourceVariable DatasourceVariable =
        new DatasourceVariable("DS_PROMETHEUS", DataSourceType.Prometheus).WithLabel("Prometheus");

    // Document pricing: GPT-4 $0.03 / 1K tokens, GPT-3.5 $0.002 / 1K tokens.
    private const double Gpt4UsdPerToken = 0.00003;
    private const double Gpt35UsdPerToken = 0.000002;

    public static Dashboard Build()
    {
        var executions = Metrics.PrimitiveExecutions;
        var duration = Metrics.PrimitiveExecutionDuration;
        var successRatio = executions.Where("execution_status", "success").SumRate() / executions.SumRate();
        var errorRatio = executions.Where("execution_status", "error").SumRate() / executions.SumRate();
        var cacheHitRatio = Metrics.CacheHits.SumRate() / Metrics.CacheLookups.SumRate();

        return new Dashboard(Uid, "TTA.dev Agent Observability")
            .WithSuiteSilences()
            .WithDescription("System health, workflow performance, primitive details and LLM/cache resources of TTA.dev agents.")
            .WithTags("tta", "observability", "primitives", "agentic")
            .WithTime("now-1h", "now")
            .WithRefresh(TimeSpan.FromSeconds(10))
            .WithGraphTooltip(CursorSync.SharedCrosshair)
            .WithDefaultDatasource(DatasourceVariable.Ref)
            .AddVariable(DatasourceVariable)
            .AddRow(new RowPanel("Overview").AddPanels(
                ServiceMap(),
                new GaugePanel("System Health Score")
                    .WithDescription("Share of successful primitive executions. Red below 80%, yellow 80-95%, green above 95%.")
                    .WithTargets(Query(successRatio, "Health"))
                    .Unit(Unit.PercentUnit)
                    .Min(0).Max(1)
                    .Thresholds(Common.Slo.RedYellowGreen(warning: 0.80, good: 0.95)),
                Chart(new TimeSeriesPanel("System Throughput")
                    .Size(12, 6)
                    .WithTargets(Query(executions.SumRate(), "Executions/s"))
                    .Unit(Unit.RequestsPerSecond)),
                new StatPanel("Active Workflows")
                    .Size(3, 6)
                    .WithTargets(Query(Metrics.WorkflowsActive.Sum(), "Active"))
                    .Thresholds(Common.Slo.GreenYellowRed(warning: 5, critical: 10)),
                new StatPanel("Error Rate")
                    .Size(3, 6)
                    .WithDescription("Share of failed executions (the complement of the health score's thresholds).")
                    .WithTargets(Query(errorRatio, "Errors"))
                    .Unit(Unit.PercentUnit)
                    .Decimals(2)
                    .Thresholds(Common.Slo.GreenYellowRed(warning: 0.05, critical: 0.20))))
            .AddRow(new RowPanel("Workflows").AddPanels(
                Chart(new TimeSeriesPanel("Top 10 Workflows by P95 Latency")
                    .WithTargets(Query(Prom.TopK(10, duration.Quantile(0.95, "primitive_name")), "{{primitive_name}}"))
                    .Unit(Unit.Milliseconds)
                    .AsBars()),
                WorkflowSuccessTable(executions),
                new PieChartPanel("Error Distribution by Type")
                    .Size(6, 8)
                    .WithTargets(Instant(executions.Where("execution_status", "error").SumRate("error_type"), "{{error_type}}"))
                    .Unit(Unit.OpsPerSecond)
                    .Labels(PieChartLabel.Percent)))
            .AddRow(new RowPanel("Primitives").AddPanels(
                new HeatmapPanel("Primitive Performance Heatmap")
                    .WithDescription("Average execution time per primitive, bucketed over time (green = fast, red = slow).")
                    .WithTargets(Query(duration.Average("primitive_name"), "{{primitive_name}}"))
                    .CalculateBuckets(true)
                    .ColorScheme("Spectral", reverse: true)
                    .YAxis(Unit.Milliseconds),
                Chart(new TimeSeriesPanel("Primitive Execution Count by Type")
                    .WithTargets(Query(executions.SumRate("primitive_type"), "{{primitive_type}}"))
                    .Unit(Unit.OpsPerSecond)
                    .AsStackedAreas()),
                new GaugePanel("Cache Hit Rate")
                    .Size(6, 8)
                    .WithDescription("Red below 50%, yellow 50-80%, green above 80%.")
                    .WithTargets(Query(cacheHitRatio, "Hit rate"))
                    .Unit(Unit.PercentUnit)
                    .Min(0).Max(1)
                    .Thresholds(Common.Slo.RedYellowGreen(warning: 0.50, good: 0.80)),
                Chart(new TimeSeriesPanel("Top 5 Slowest Primitives")
                    .Size(18, 8)
                    .WithTargets(Query(Prom.TopK(5, duration.Quantile(0.95, "primitive_name")), "{{primitive_name}}"))
                    .Unit(Unit.Milliseconds)
                    .AsBars())))
            .AddRow(new RowPanel("Resources").AddPanels(
                Chart(new TimeSeriesPanel("LLM Tokens by Model")
                    .Size(8, 8)
                    .WithTargets(Query(Metrics.LlmTokens.SumRate("llm_model_name") * 300, "{{llm_model_name}}"))
                    .Unit(Unit.Short)
                    .Axis(a => a.Label("tokens per 5 minutes"))
                    .AsStackedAreas()),
                new StatPanel("Estimated LLM Cost")
                    .Size(4, 8)
                    .WithDescription("Hourly cost at GPT-4 $0.03/1K tokens and GPT-3.5 $0.002/1K tokens.")
                    .WithTargets(Query(EstimatedHourlyCost(), "USD/hour"))
                    .Unit(Unit.CurrencyUSD)
                    .Decimals(2),
                Chart(new TimeSeriesPanel("Cache Hit Rate by Primitive")
                    .Size(8, 8)
                    .WithTargets(Query(
                        Metrics.CacheHits.SumRate("primitive_name") / Metrics.CacheLookups.SumRate("primitive_name"),
                        "{{primitive_name}}"))
                    .Unit(Unit.PercentUnit)
                    .Min(0).Max(1)),
                new StatPanel("Cache Cost Savings")
                    .Size(4, 8)
                    .WithDescription("Hourly LLM spend avoided by cache hits (GPT-4 pricing).")
                    .WithTargets(Query(cacheHitRatio * Metrics.LlmTokens.SumRate() * Gpt4UsdPerToken * 3600, "USD/hour saved"))
                    .Unit(Unit.CurrencyUSD)
                    .Decimals(2)));
    }

    /// <summary>
    /// The document's edge query, shaped for Grafana's node graph: an edges frame (<c>id</c>, <c>source</c>,
    /// <c>target</c>, <c>mainstat</c>) and a nodes frame (<c>id</c>, <c>mainstat</c> = traffic through the primitive),
    /// told apart by their refIds "edges" and "nodes".
    /// </summary>
    private static NodeGraphPanel ServiceMap()
    {
        var calls = Metrics.PrimitiveConnections;
        var edges = Prom.LabelJoin(calls.SumRate("source_primitive", "target_primitive"), "id", "->", "source_primitive", "target_primitive");
        var asSource = Prom.LabelReplace(calls.SumRate("source_primitive"), "id", "$1", "source_primitive", "(.*)");
        var asTarget = Prom.LabelReplace(calls.SumRate("target_primitive"), "id", "$1", "target_primitive", "(.*)");
        var nodes = Prom.Sum(asSource.Or(asTarget)).By("id");

        return new NodeGraphPanel("Service Map - Primitive Connections")
            .WithDescription("Which primitives call which; edges carry the request rate, nodes the traffic through them.")
            .WithTargets(Table(edges).WithRefId("edges"), Table(nodes).WithRefId("nodes"))
            .Transform(Transformation.Organize()
                .Exclude("Time")
                .Rename("source_primitive", "source")
                .Rename("target_primitive", "target")
                .Rename(ValueColumns.OfRefId("edges"), "mainstat")
                .Rename(ValueColumns.OfRefId("nodes"), "mainstat"))
            .NodeUnits(Unit.RequestsPerSecond)
            .EdgeUnits(Unit.RequestsPerSecond);
    }

    /// <summary>The document's legend and tooltip conventions for time series: legend table with mean and max, shared tooltip.</summary>
    private static TimeSeriesPanel Chart(TimeSeriesPanel panel) =>
        panel.Legend(l => l.AsTable().Calcs(Reducer.Mean, Reducer.Max, Reducer.LastNotNull))
             .Tooltip(t => t.Mode(TooltipMode.Multi));

    private static TablePanel WorkflowSuccessTable(PromQL.Metrics.Counter executions) =>
        new TablePanel("Workflow Success Rates")
            .Size(6, 8)
            .WithTargets(
                Table(executions.Where("execution_status", "success").SumRate("primitive_name") / executions.SumRate("primitive_name")).WithRefId("A"),
                Table(executions.SumRate("primitive_name")).WithRefId("B"))
            .Transform(
                Transformation.MergeSeries(),
                Transformation.Organize()
                    .Exclude("Time")
                    .Column("primitive_name", "Primitive")
                    .Column(ValueColumns.OfRefId("A"), "Success Rate")
                    .Column(ValueColumns.OfRefId("B"), "Total"))
            .Override(FieldMatcher.ByName("Success Rate"), o => o
                .Unit(Unit.PercentUnit)
                .Thresholds(Common.Slo.RedYellowGreen(warning: 0.80, good: 0.95))
                .CellType(TableCellType.ColorBackground))
            .Override(FieldMatcher.ByName("Total"), o => o.Unit(Unit.OpsPerSecond))
            .SortBy("Success Rate");

    /// <summary>
    /// The document's hourly cost, with <c>or vector(0)</c> per model family so one idle family does not blank the sum.
    /// </summary>
    private static InstantVector EstimatedHourlyCost()
    {
        var gpt4 = Prom.Sum(Metrics.LlmTokens.Matches("llm_model_name", "gpt-4.*").Rate()).Or(Prom.Vector(0));
        var gpt35 = Prom.Sum(Metrics.LlmTokens.Matches("llm_model_name", "gpt-3.5.*").Rate()).Or(Prom.Vector(0));
        return (gpt4 * Gpt4UsdPerToken + gpt35 * Gpt35UsdPerToken) * 3600;
    }
}
