using Dashboards.PromQL;
using Dashboards.PromQL.Rules;
using Metrics = Dashboards.Suites.Ava.AvaMetrics;

namespace Dashboards.Suites.Ava;

/// <summary>The document's three alerting rules, corrected (see dashboards/README.md), with severities from its SLO table.</summary>
public static class AvaRules
{
    public const string Name = "ava";

    public static RuleFile Build()
    {
        var fiveMinutes = PromDuration.FromMinutes(5);
        var hour = PromDuration.FromHours(1);
        var openRate = Prom.Sum(Metrics.CircuitBreakerOpens.Rate(hour)).By("service")
                       / Prom.Sum(Metrics.CircuitBreakerFailures.Rate(hour)).By("service") * 100;

        return new RuleFile(new RuleGroup("ava",
            new AlertingRule("CircuitBreakerHighOpenRate", openRate.GreaterThan(1))
                .WithFor(fiveMinutes)
                .WithLabel("severity", "warning")
                .WithSummary("Circuit breaker open rate above 1%")
                .WithDescription("Service {{ $labels.service }} has circuit breaker open rate of {{ $value }}%"),
            new AlertingRule("HighErrorRate", AvaDashboards.StatusPercent("5..", fiveMinutes).GreaterThan(1))
                .WithFor(fiveMinutes)
                .WithLabel("severity", "critical")
                .WithSummary("High 5xx error rate detected")
                .WithDescription("Error rate is {{ $value }}% (threshold: 1%)"),
            new AlertingRule("SlowResponseTime", Metrics.HttpRequestDuration.Quantile(0.95, fiveMinutes).GreaterThan(0.5))
                .WithFor(PromDuration.FromMinutes(10))
                .WithLabel("severity", "warning")
                .WithSummary("p95 latency above 500ms")
                .WithDescription("95th percentile response time is {{ $value | humanizeDuration }}")));
    }
}
