using Dashboards.PromQL;
using Dashboards.PromQL.Metrics;
using Dashboards.PromQL.Rules;

namespace Company.Dashboards;

/// <summary>Prometheus rules written to out/rules/services.yml; load them with Prometheus' rule_files.</summary>
public static class ServiceRules
{
    public const string Name = "services";

    private static readonly PromDuration FiveMinutes = PromDuration.FromMinutes(5);

    public static RuleFile Build() => new(
        new RuleGroup("services_recording",
            new RecordingRule("service:http_requests:rate5m", ServiceMetrics.Requests.SumRate(FiveMinutes, "service"))),
        new RuleGroup("services_alerts",
            new AlertingRule("HighErrorRatio", ErrorRatio().GreaterThan(0.05))
                .WithFor(FiveMinutes)
                .WithLabel("severity", "critical")
                .WithSummary("More than 5% of {{ $labels.service }} requests fail")
                .WithDescription("Error ratio is {{ $value }} for {{ $labels.service }}"),
            new AlertingRule("SlowRequests", ServiceMetrics.Latency.Quantile(0.95, FiveMinutes, "service").GreaterThan(1))
                .WithFor(PromDuration.FromMinutes(10))
                .WithLabel("severity", "warning")
                .WithSummary("p95 latency of {{ $labels.service }} is above 1s")));

    private static InstantVector ErrorRatio() =>
        Prom.Sum(ServiceMetrics.Requests.Matches("status", "5..").Rate(FiveMinutes)).By("service")
        / Prom.Sum(ServiceMetrics.Requests.Rate(FiveMinutes)).By("service");
}
