using Dashboards.Model;
using Dashboards.PromQL;
using Dashboards.Suites.Common;
using static Dashboards.Suites.Common.Queries;

namespace Dashboards.Suites.Bots;

/// <summary>"Bots Framework - Performance Monitoring": the eight panels of the document's Performance Dashboard.</summary>
public static class PerformanceDashboard
{
    public const string Uid = "bots-performance";

    public static Dashboard Build()
    {
        var responseTime = BotsDashboards.ByProviderAndModel(BotsMetrics.ResponseTime);
        var apiCallDuration = BotsDashboards.ByProviderAndModel(BotsMetrics.ApiCallDuration);
        var toolDuration = BotsDashboards.ByProviderAndModel(BotsMetrics.ToolExecutionDuration);
        var messageBuilding = BotsDashboards.ByProviderAndModel(BotsMetrics.MessageBuildingDuration);
        var apiCalls = BotsDashboards.ByProviderAndModel(BotsMetrics.ApiCalls);
        var toolCalls = BotsDashboards.ByProviderAndModel(BotsMetrics.ToolCalls);

        return BotsDashboards.Create(Uid, "Performance Monitoring", "performance")
            .WithDescription("Response times, API latency and tool execution performance (bots framework dashboard guide).")
            .AddVariable(BotsDashboards.LabelVariable("provider", "provider", "Provider", BotsMetrics.ApiCalls))
            .AddVariable(BotsDashboards.LabelVariable("model", "model", "Model", BotsMetrics.ApiCalls, byProvider: true))
            .WithDeploymentsAnnotation()
            .AddPanels(
                new TimeSeriesPanel("Response Time (p50, p95, p99)")
                    .WithDescription("Alert: p99 above 5 s for 5 minutes (HighResponseTime).")
                    .WithTargets(
                        Query(responseTime.Quantile(0.50, "provider", "model"), "p50 - {{provider}}/{{model}}"),
                        Query(responseTime.Quantile(0.95, "provider", "model"), "p95 - {{provider}}/{{model}}"),
                        Query(responseTime.Quantile(0.99, "provider", "model"), "p99 - {{provider}}/{{model}}"))
                    .Unit(Unit.Seconds)
                    .Axis(a => a.WithLabel("Response Time"))
                    .WithThresholdLine(Thresholds.Absolute(Color.Green).Step(5, Color.Red)),
                new TimeSeriesPanel("API Call Duration by Provider")
                    .WithTargets(Query(apiCallDuration.Quantile(0.95, "provider"), "{{provider}} (p95)"))
                    .Unit(Unit.Seconds)
                    .Axis(a => a.WithLabel("Duration")),
                new TimeSeriesPanel("Tool Execution Duration (Top 10 Tools)")
                    .WithTargets(Query(Prom.TopK(10, toolDuration.Quantile(0.95, "tool_name")), "{{tool_name}} (p95)"))
                    .Unit(Unit.Seconds)
                    .Axis(a => a.WithLabel("Duration")),
                new TimeSeriesPanel("Message Building Duration")
                    .WithTargets(Query(messageBuilding.Quantile(0.95, "provider", "model"), "{{provider}}/{{model}} (p95)"))
                    .Unit(Unit.Seconds)
                    .Axis(a => a.WithLabel("Duration")),
                new StatPanel("Average Response Time by Model")
                    .Size(8, 4)
                    .WithTargets(Query(responseTime.Average("model"), "{{model}}"))
                    .Unit(Unit.Seconds)
                    .Thresholds(Slo.GreenYellowRed(warning: 2, critical: 5)),
                new StatPanel("API Calls per Second")
                    .Size(8, 4)
                    .WithTargets(Query(apiCalls.SumRate(), "Total"))
                    .Unit(Unit.RequestsPerSecond),
                new StatPanel("Tool Calls per Second")
                    .Size(8, 4)
                    .WithTargets(Query(toolCalls.SumRate(), "Total"))
                    .Unit(Unit.OpsPerSecond),
                new HeatmapPanel("Response Time Heatmap")
                    .Size(Layout.Wide.W, Layout.Wide.H)
                    .WithTargets(Query(BucketRates(responseTime), "{{le}}").AsHeatmap())
                    .CalculateBuckets(false)
                    .ColorScheme("Spectral")
                    .CellGap(2)
                    .YAxis(Unit.Seconds));
    }

    /// <summary><c>sum by (le) (rate(x_bucket[$__rate_interval]))</c>: the buckets a heatmap draws.</summary>
    internal static InstantVector BucketRates(Dashboards.PromQL.Metrics.Histogram histogram) =>
        Prom.Sum(Prom.Rate(histogram.Bucket().Range(PromDuration.RateInterval))).By("le");
}
