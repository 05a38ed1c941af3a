using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dashboards.EndToEnd.Tests.Catalogs;
using Dashboards.EndToEnd.Tests.Grafana;
using Dashboards.EndToEnd.Tests.Rules;
using Dashboards.Model;
using Dashboards.PromQL.Metrics;
using Dashboards.Testing.SyntheticData;

namespace Dashboards.EndToEnd.Tests.Checks;

/// <summary>
/// The whole end-to-end check for one compiled catalog: read the emitted JSON and rule YAML, generate data for every
/// metric of the metric catalogs (label values from the catalogs, else from the queries' matchers), start a real
/// Prometheus with recording rules backfilled, run every query, report.
/// </summary>
public sealed partial class EndToEndRun : IAsyncDisposable
{
    /// <summary>Hours of data: enough for the usual dashboard ranges; longer only if queries look further back (offset).</summary>
    public static readonly TimeSpan MinimumDataLength = TimeSpan.FromHours(3);

    public static readonly TimeSpan DataStep = TimeSpan.FromSeconds(15);

    private EndToEndRun(IReadOnlyList<DashboardQueries> dashboards, IReadOnlyList<PrometheusRule> rules, IReadOnlyList<SyntheticMetric> metrics,
        SyntheticPrometheus prometheus, TimeSpan setUpTime)
    {
        Dashboards = dashboards;
        Rules = rules;
        Metrics = metrics;
        Prometheus = prometheus;
        SetUpTime = setUpTime;
    }

    public IReadOnlyList<DashboardQueries> Dashboards { get; }

    public IReadOnlyList<PrometheusRule> Rules { get; }

    public IReadOnlyList<SyntheticMetric> Metrics { get; }

    public SyntheticPrometheus Prometheus { get; }

    public TimeSpan SetUpTime { get; }

    /// <summary>Compiles nothing: takes a successful compilation; a failed one is an error listing the compile errors.</summary>
    public static async Task<EndToEndRun> StartAsync(CatalogCompilation compilation, IEnumerable<MetricCatalog> catalogs,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        if (!compilation.Success)
        {
            throw new InvalidOperationException("The catalog does not compile, so there is nothing to check end to end:\n" +
                                                string.Join("\n", compilation.Errors.Select(e => "  " + e)));
        }

        var dashboards = compilation.Dashboards.Select(d => DashboardQueries.Read(JsonNode.Parse(d.Json)!)).ToList();
        var rules = compilation.RuleFiles.SelectMany(f => PrometheusRules.Read(f.Name, f.Yaml)).ToList();
        var queries = QueryTexts(dashboards, rules).ToList();
        var metrics = CatalogData.From(catalogs, LabelValueHints.Collect(queries));

        var length = MinimumDataLength;
        foreach (var offset in Offsets(queries)) length = offset + TimeSpan.FromHours(1) > length ? offset + TimeSpan.FromHours(1) : length;
        var window = DataWindow.Ending(DateTimeOffset.UtcNow, length, DataStep);
        var prometheus = await SyntheticPrometheus.StartAsync(metrics, window, PrometheusRules.RecordingStages(rules), cancellationToken: cancellationToken);
        return new EndToEndRun(dashboards, rules, metrics, prometheus, clock.Elapsed);
    }

    /// <summary>Runs every query of every dashboard and rule; the report holds all outcomes.</summary>
    public async Task<EndToEndReport> CheckAsync(CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var now = Prometheus.Window.End;
        var checks = new List<QueryCheck>();
        var dashboardChecker = new DashboardQueryChecker(Prometheus.Client, now, ThresholdFilters.Measured);
        foreach (var dashboard in Dashboards) checks.AddRange(await dashboardChecker.CheckAsync(dashboard, cancellationToken));
        checks.AddRange(await new RuleQueryChecker(Prometheus.Client, now).CheckAsync(Rules, cancellationToken));

        var window = Prometheus.Window;
        var generated = Prometheus.Generated;
        return new EndToEndReport(checks,
        [
            $"End-to-end check of {Dashboards.Count} dashboards and {Rules.Count} rules against a real Prometheus ({Prometheus.Server.BaseAddress}).",
            $"Data: {generated.Metrics} metrics, {generated.Series} series, {generated.Samples} samples, every {window.Step.TotalSeconds}s " +
            $"from {window.Start:u} to {window.End:u}; instant queries at {window.End:u} (the last sample).",
            "Set-up: " + string.Join(", ", Prometheus.Timings.Select(t => $"{t.Key} {t.Value.TotalSeconds:0.0}s")) +
            $" (total {SetUpTime.TotalSeconds:0.0}s); checks {clock.Elapsed.TotalSeconds:0.0}s.",
        ]);
    }

    public ValueTask DisposeAsync() => Prometheus.DisposeAsync();

    /// <summary>Every Prometheus query text: targets, variable queries, annotations, rules.</summary>
    private static IEnumerable<string> QueryTexts(IReadOnlyList<DashboardQueries> dashboards, IReadOnlyList<PrometheusRule> rules) =>
        dashboards.SelectMany(d => d.Targets.Where(t => t.DatasourceType == "prometheus").Select(t => t.Expr)
                .Concat(d.Variables.Select(v => v.Query ?? ""))
                .Concat(d.Annotations.Select(a => a.Expr)))
            .Concat(rules.Select(r => r.Expr));

    /// <summary>The <c>offset</c> durations queries use: data must reach that far back.</summary>
    private static IEnumerable<TimeSpan> Offsets(IEnumerable<string> queries) =>
        queries.SelectMany(q => OffsetPattern().Matches(q))
            .Select(m => GrafanaDuration.TryParse(m.Groups["duration"].Value, out var d) ? d : TimeSpan.Zero);

    [GeneratedRegex(@"\boffset\s+-?(?<duration>(\d+(ms|[smhdwy]))+)")]
    private static partial Regex OffsetPattern();
}
