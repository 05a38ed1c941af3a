using System.Text.Json.Nodes;
using Dashboards.Model;
using Dashboards.Review.DataCheck.Grafana;
using Dashboards.Review.DataCheck.Prometheus;
using Dashboards.Review.DataCheck.Rules;

namespace Dashboards.Review.DataCheck.Checks;

/// <summary>Options of a data check: Grafana's "now" and, optionally, one time range for every dashboard instead of their own.</summary>
public sealed record DataCheckOptions
{
    /// <summary>Grafana's "now"; the wall clock when null.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Grafana time expressions (<c>now-6h</c>, <c>now</c>) replacing every dashboard's own range; null keeps it.</summary>
    public string? From { get; init; }

    public string? To { get; init; }
}

/// <summary>
/// Runs every query of every compiled dashboard (panel targets, variable queries, annotations) and every rule of every
/// rule file against a Prometheus, as Grafana and Prometheus would: the check-data verb and the end-to-end tests.
/// </summary>
public static class CatalogDataCheck
{
    public static IReadOnlyList<DashboardQueries> Dashboards(CatalogCompilation compilation) =>
        compilation.Dashboards.Select(d => DashboardQueries.Read(JsonNode.Parse(d.Json)!)).ToList();

    public static IReadOnlyList<PrometheusRule> Rules(CatalogCompilation compilation) =>
        compilation.RuleFiles.SelectMany(f => PrometheusRules.Read(f.Name, f.Yaml)).ToList();

    public static async Task<IReadOnlyList<QueryCheck>> RunAsync(IReadOnlyList<DashboardQueries> dashboards, IReadOnlyList<PrometheusRule> rules,
        PrometheusQueryClient client, DataCheckOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new DataCheckOptions();
        var now = options.Now ?? DateTimeOffset.UtcNow;
        var checks = new List<QueryCheck>();
        var checker = new DashboardQueryChecker(client, now, ThresholdFilters.Measured);
        foreach (var dashboard in dashboards)
        {
            var ranged = dashboard with { TimeFrom = options.From ?? dashboard.TimeFrom, TimeTo = options.To ?? dashboard.TimeTo };
            checks.AddRange(await checker.CheckAsync(ranged, cancellationToken));
        }
        checks.AddRange(await new RuleQueryChecker(client, now).CheckAsync(rules, cancellationToken));
        return checks;
    }
}
