using Dashboards.PromQL;
using Dashboards.PromQL.Rules;
using Metrics = Dashboards.Suites.DubaiEstate.DubaiEstateMetrics;

namespace Dashboards.Suites.DubaiEstate;

/// <summary>
/// The guide's "Phase 1: Alerts (Next Step)" and "Create Custom Alerts" tips as Prometheus alerting rules.
/// </summary>
public static class DubaiEstateRules
{
    public const string Name = "dubai-estate";

    private static readonly PromDuration FiveMinutes = PromDuration.FromMinutes(5);
    private static readonly PromDuration OneHour = PromDuration.FromHours(1);

    public static RuleFile Build()
    {
        var errorRatio = Prom.Sum(Metrics.Queries.Where("status", "error").Rate(FiveMinutes)) / Prom.Sum(Metrics.Queries.Rate(FiveMinutes));
        return new RuleFile(new RuleGroup("dubai_estate",
            new AlertingRule("HighErrorRate", (errorRatio * 100).GreaterThan(10))
                .WithFor(FiveMinutes)
                .WithLabel("severity", "warning")
                .WithSummary("Error rate above 10%")
                .WithDescription("{{ $value | humanize }}% of queries fail (threshold: 10%)"),
            new AlertingRule("CriticalErrorRate", (errorRatio * 100).GreaterThan(20))
                .WithFor(FiveMinutes)
                .WithLabel("severity", "critical")
                .WithSummary("Error rate above 20%: system issues")
                .WithDescription("{{ $value | humanize }}% of queries fail (threshold: 20%)"),
            new AlertingRule("SlowResponses", Metrics.QueryDuration.Quantile(0.95, FiveMinutes).GreaterThan(30))
                .WithFor(PromDuration.FromMinutes(10))
                .WithLabel("severity", "warning")
                .WithSummary("p95 response time above 30s")
                .WithDescription("p95 response time is {{ $value | humanizeDuration }}"),
            new AlertingRule("DailyCostBudget", Prom.Sum(Metrics.AiCost.Increase(PromDuration.FromHours(24))).GreaterThan(50))
                .WithLabel("severity", "warning")
                .WithSummary("AI cost above $50/day")
                .WithDescription("Cost over the last 24h is ${{ $value | humanize }}"),
            new AlertingRule("HourlyCostOverrun", Prom.Sum(Metrics.AiCost.Increase(OneHour)).GreaterThan(10))
                .WithLabel("severity", "warning")
                .WithSummary("AI cost above $10/hour")
                .WithDescription("Cost over the last hour is ${{ $value | humanize }}"),
            new AlertingRule("NoQueries", Prom.Sum(Metrics.Queries.Increase(OneHour)).Or(Prom.Vector(0)).LessThan(1))
                .WithFor(FiveMinutes)
                .WithLabel("severity", "critical")
                .WithSummary("No queries in the last hour: is the bot down?"),
            new AlertingRule("UserQueryAbuse", Metrics.Queries.SumIncrease(OneHour, "user_id").GreaterThan(50))
                .WithLabel("severity", "info")
                .WithSummary("User {{ $labels.user_id }} sent more than 50 queries in an hour")
                .WithDescription("{{ $value }} queries in the last hour (potential abuse)")));
    }
}
