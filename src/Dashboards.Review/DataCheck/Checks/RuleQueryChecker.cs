using Dashboards.Review.DataCheck.Grafana;
using Dashboards.Review.DataCheck.Rules;
using Dashboards.Review.DataCheck.Prometheus;

namespace Dashboards.Review.DataCheck.Checks;

/// <summary>
/// Runs every rule expression as an instant query at "now" (as Prometheus evaluates rules). Recording rules must have
/// data, and so must the series they record (backfilled). Alert conditions are usually empty with healthy data:
/// what they measure (the expression without its threshold) must have data.
/// </summary>
public sealed class RuleQueryChecker(PrometheusQueryClient client, DateTimeOffset now)
{
    public async Task<IReadOnlyList<QueryCheck>> CheckAsync(IEnumerable<PrometheusRule> rules, CancellationToken cancellationToken = default)
    {
        var runner = new DashboardQueryChecker(client, now, ThresholdFilters.Measured);
        var range = new GrafanaTimeRange(now.AddHours(-1), now);
        var checks = new List<QueryCheck>();
        foreach (var rule in rules)
        {
            var kind = rule.IsRecording ? CheckKind.RecordingRule : CheckKind.AlertingRule;
            checks.Add(await runner.RunAsync(kind, rule.File, rule.Location, "-", rule.Expr, rule.Expr, QueryMode.Instant, range,
                TimeSpan.FromMinutes(1), cancellationToken));
            if (rule.IsRecording)
            {
                checks.Add(await runner.RunAsync(kind, rule.File, rule.Location + " (recorded series)", "-", rule.Name, rule.Name, QueryMode.Instant,
                    range, TimeSpan.FromMinutes(1), cancellationToken));
            }
        }

        return checks;
    }
}
