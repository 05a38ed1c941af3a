using Dashboards.PromQL;
using Dashboards.PromQL.Rules;
using Metrics = Dashboards.Suites.Bots.BotsMetrics;

namespace Dashboards.Suites.Bots;

/// <summary>
/// The document's Prometheus rules: the recording rules of "Use Recording Rules" and the alerts of the performance,
/// cost and error dashboards. Rule files keep fixed windows (no Grafana variables).
/// </summary>
public static class BotsRules
{
    public const string Name = "bots";

    private static readonly PromDuration FiveMinutes = PromDuration.FromMinutes(5);
    private static readonly PromDuration TenMinutes = PromDuration.FromMinutes(10);

    public static RuleFile Build() => new(Recording(), Performance(), Cost(), Errors());

    private static RuleGroup Recording() =>
        new RuleGroup("bots_framework",
                new RecordingRule("bots:cost_rate:5m", Prom.Sum(Metrics.CostTotal.Rate(FiveMinutes))),
                new RecordingRule("bots:error_rate:5m", Prom.Sum(Metrics.Errors.Rate(FiveMinutes))),
                new RecordingRule("bots:success_rate:5m", SuccessRatio()))
            .WithInterval(PromDuration.FromSeconds(30));

    private static RuleGroup Performance() => new("bots_performance",
        new AlertingRule("HighResponseTime", Metrics.ResponseTime.Quantile(0.99, FiveMinutes).GreaterThan(5))
            .WithFor(FiveMinutes)
            .WithLabel("severity", "critical")
            .WithSummary("Bot response time p99 is above 5 seconds")
            .WithDescription("p99 response time is {{ $value }}s (threshold: 5s)")
            .WithAnnotation("dashboard_url", "/d/bots-performance"),
        new AlertingRule("SlowAPICalls", Metrics.ApiCallDuration.Quantile(0.95, FiveMinutes, "provider").GreaterThan(3))
            .WithFor(TenMinutes)
            .WithLabel("severity", "warning")
            .WithSummary("API calls to {{ $labels.provider }} are slow")
            .WithDescription("p95 API call duration is {{ $value }}s for {{ $labels.provider }}"),
        new AlertingRule("SlowToolExecution", Metrics.ToolExecutionDuration.Quantile(0.95, FiveMinutes, "tool_name").GreaterThan(2))
            .WithFor(TenMinutes)
            .WithLabel("severity", "warning")
            .WithSummary("Tool {{ $labels.tool_name }} is executing slowly")
            .WithDescription("p95 execution time is {{ $value }}s for {{ $labels.tool_name }}"));

    private static RuleGroup Cost() => new("bots_cost",
        // "Example 1: Daily Cost Monitoring": stay within $50/day.
        new AlertingRule("DailyBudgetExceeded", Prom.Sum(Metrics.CostTotal.Increase(PromDuration.FromHours(24))).GreaterThan(50))
            .WithFor(TenMinutes)
            .WithLabel("severity", "warning")
            .WithSummary("Daily budget exceeded")
            .WithDescription("Cost over the last 24h is ${{ $value }} (budget: $50)"),
        new AlertingRule("MonthlyBudgetAlert", Prom.Sum(Metrics.CostTotal.Increase(PromDuration.FromDays(30))).GreaterThan(1000))
            .WithFor(PromDuration.FromHours(1))
            .WithLabel("severity", "warning")
            .WithSummary("Monthly budget exceeded")
            .WithDescription("Total cost is ${{ $value }} (budget: $1000)"));

    private static RuleGroup Errors() => new("bots_errors",
        new AlertingRule("HighErrorRate", Prom.Sum(Metrics.Errors.Rate(FiveMinutes)).GreaterThan(0.1))
            .WithFor(FiveMinutes)
            .WithLabel("severity", "critical")
            .WithSummary("High error rate detected")
            .WithDescription("Error rate is {{ $value }} errors/second (threshold: 0.1)"),
        new AlertingRule("LowSuccessRate", (SuccessRatio() * 100).LessThan(90))
            .WithFor(TenMinutes)
            .WithLabel("severity", "critical")
            .WithSummary("Success rate below 90%")
            .WithDescription("Success rate is {{ $value }}% (threshold: 90%)"),
        new AlertingRule("HighToolFailureRate",
                (Prom.Sum(Metrics.ToolFailures.Rate(FiveMinutes)) / Prom.Sum(Metrics.ToolCalls.Rate(FiveMinutes)) * 100).GreaterThan(10))
            .WithFor(TenMinutes)
            .WithLabel("severity", "warning")
            .WithSummary("Tool failure rate above 10%")
            .WithDescription("Tool failure rate is {{ $value }}% (threshold: 10%)"),
        new AlertingRule("ProviderErrors", Prom.Sum(Metrics.Errors.Rate(FiveMinutes)).By("provider").GreaterThan(0.05))
            .WithFor(FiveMinutes)
            .WithLabel("severity", "warning")
            .WithSummary("High error rate for {{ $labels.provider }}")
            .WithDescription("Error rate is {{ $value }} errors/second for {{ $labels.provider }}"));

    private static InstantVector SuccessRatio() =>
        Prom.Sum(Metrics.ApiCalls.Where("status", "success").Rate(FiveMinutes)) / Prom.Sum(Metrics.ApiCalls.Rate(FiveMinutes));
}
