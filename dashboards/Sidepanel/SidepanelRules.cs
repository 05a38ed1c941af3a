using Dashboards.PromQL;
using Dashboards.PromQL.Rules;
using Metrics = Dashboards.Suites.Sidepanel.SidepanelMetrics;

namespace Dashboards.Suites.Sidepanel;

/// <summary>The document's prometheus/alerts.yml, group "sidepanel".</summary>
public static class SidepanelRules
{
    public const string Name = "sidepanel";

    private static readonly PromDuration FiveMinutes = PromDuration.FromMinutes(5);

    public static RuleFile Build() => new(new RuleGroup("sidepanel",
        new AlertingRule("HighErrorRate", Metrics.Requests.Where("status", "error").Rate(FiveMinutes).GreaterThan(0.05))
            .WithFor(FiveMinutes)
            .WithLabel("severity", "warning")
            .WithSummary("High error rate detected"),
        new AlertingRule("LowDiemBalance", Metrics.VeniceBalance.Selector().LessThan(10))
            .WithFor(PromDuration.FromMinutes(1))
            .WithLabel("severity", "warning")
            .WithSummary("Venice balance below 10 Diem"),
        new AlertingRule("CriticalDiemBalance", Metrics.VeniceBalance.Selector().LessThan(5))
            .WithFor(PromDuration.FromMinutes(1))
            .WithLabel("severity", "critical")
            .WithSummary("Venice balance critically low"),
        new AlertingRule("HighLatency",
                Prom.HistogramQuantile(0.95, Prom.Rate(Metrics.RequestDuration.Bucket().Range(FiveMinutes))).GreaterThan(1))
            .WithFor(FiveMinutes)
            .WithLabel("severity", "warning")
            .WithSummary("P95 latency above 1 second")));
}
