using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dashboards.EndToEnd.Tests.Catalogs;
using Dashboards.Model;
using Dashboards.PromQL;
using Dashboards.PromQL.Checks;
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
    /// <summary>
    /// Hours of data at the scrape interval: instant queries and the recent end of every range see scrape-resolution
    /// data (rate windows down to 1m work); older history is coarse.
    /// </summary>
    public static readonly TimeSpan DenseDataLength = TimeSpan.FromHours(2);

    /// <summary>The data covers at least this much (the default ranges of the suites' dashboards are 1h to 24h).</summary>
    public static readonly TimeSpan MinimumDataLength = TimeSpan.FromHours(6);

    /// <summary>The scrape interval of the data (Grafana's default Prometheus scrape interval too).</summary>
    public static readonly TimeSpan DataStep = TimeSpan.FromSeconds(15);

    /// <summary>Sample interval of older history, generated only as far back as queries need it.</summary>
    public static readonly TimeSpan CoarseDataStep = TimeSpan.FromMinutes(2);

    /// <summary>Extra history before the earliest point a query needs, so windows there hold several samples.</summary>
    private static readonly TimeSpan HistoryMargin = TimeSpan.FromMinutes(15);

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

        var dashboards = CatalogDataCheck.Dashboards(compilation);
        var rules = CatalogDataCheck.Rules(compilation);
        var queries = QueryTexts(dashboards, rules).ToList();
        var target = InstalledTarget;
        var targetProblems = TargetProblems(dashboards, rules, target);
        var metrics = CatalogData.From(catalogs, LabelValueHints.Collect(queries));

        var now = AwayFromDayStart(DateTimeOffset.UtcNow);
        var history = Offsets(queries).Append(HistoryNeeded(dashboards, now)).Max() + HistoryMargin;
        if (history < MinimumDataLength) history = MinimumDataLength;
        var window = DataWindow.Ending(now, DenseDataLength, DataStep, history, CoarseDataStep);
        var prometheus = await SyntheticPrometheus.StartAsync(metrics, window, PrometheusRules.RecordingStages(rules), cancellationToken: cancellationToken);
        return new EndToEndRun(dashboards, rules, metrics, prometheus, clock.Elapsed) { Target = target, TargetViolations = targetProblems };
    }

    /// <summary>The Prometheus the end-to-end run queries (Debian's package, 2.42): every query must be valid for it.</summary>
    public static PromTarget InstalledTarget => new(global::Dashboards.Testing.Promtool.Version());

    public PromTarget Target { get; private init; } = PromTarget.Default;

    /// <summary>Queries and rule expressions the installed Prometheus does not accept, each with what it would need.</summary>
    public IReadOnlyList<string> TargetViolations { get; private init; } = [];

    /// <summary>Runs the PromQL checker's version lint for <paramref name="target"/> over every panel, annotation and rule query.</summary>
    internal static IReadOnlyList<string> TargetProblems(IReadOnlyList<DashboardQueries> dashboards, IReadOnlyList<PrometheusRule> rules, PromTarget target)
    {
        var texts = dashboards.SelectMany(d => d.Targets.Where(t => t.DatasourceType == "prometheus").Select(t => (Where: d.Title, Expr: t.Expr))
                .Concat(d.Annotations.Select(a => (Where: d.Title, a.Expr))))
            .Concat(rules.Select(r => (Where: $"{r.File} {r.Location}", r.Expr)));
        var problems = new List<string>();
        foreach (var (where, expr) in texts)
        {
            if (string.IsNullOrWhiteSpace(expr)) continue;
            foreach (var d in PromQLChecker.Check(expr, null, target))
            {
                if (d.Code is PromQLChecker.VersionCode or PromQLChecker.ParseCode) problems.Add($"{where}: {d.Describe(expr)}: {expr}");
            }
        }
        return problems;
    }

    /// <summary>
    /// The moment the check runs "as of". Panels that show a calendar period so far (<c>now/d</c>, <c>now/w</c>,
    /// <c>now/M</c>) have an almost empty range just after midnight, where Grafana shows no data too; so a run in the
    /// first hour of a UTC day checks as of one minute before that midnight instead (all data is generated up to it).
    /// </summary>
    internal static DateTimeOffset AwayFromDayStart(DateTimeOffset now)
    {
        var dayStart = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        return now - dayStart < TimeSpan.FromHours(1) ? dayStart.AddMinutes(-1) : now;
    }

    /// <summary>Runs every query of every dashboard and rule; the report holds all outcomes.</summary>
    public async Task<DataCheckReport> CheckAsync(CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var now = Prometheus.Window.End;
        // The same run as the check-data verb's (Dashboards.Review.DataCheck), against the synthetic Prometheus.
        var checks = await CatalogDataCheck.RunAsync(Dashboards, Rules, Prometheus.Client, new DataCheckOptions { Now = now }, cancellationToken);

        var window = Prometheus.Window;
        var generated = Prometheus.Generated;
        return new DataCheckReport(checks,
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

    /// <summary>
    /// How far back range queries reach with their last point: Grafana aligns start and end to the step, so a panel
    /// with a 1d step (bars per day) ends at midnight and needs data before it, not just the last hours.
    /// </summary>
    private static TimeSpan HistoryNeeded(IEnumerable<DashboardQueries> dashboards, DateTimeOffset now)
    {
        var needed = TimeSpan.Zero;
        foreach (var dashboard in dashboards)
        {
            foreach (var target in dashboard.Targets.Where(t => t.DatasourceType == "prometheus" && t.Mode == QueryMode.Range))
            {
                try
                {
                    var range = GrafanaTimeRange.Resolve(dashboard.TimeFrom, dashboard.TimeTo, now, target.TimeFrom, target.TimeShift);
                    TimeSpan? minInterval = target.MinInterval is { Length: > 0 } text ? GrafanaDuration.Parse(text) : null;
                    var step = (long)QueryInterval.Calculate(range.Length, target.MaxDataPoints, minInterval).Interval.TotalMilliseconds;
                    var lastPoint = DateTimeOffset.FromUnixTimeMilliseconds(range.To.ToUnixTimeMilliseconds() / step * step);
                    if (now - lastPoint > needed) needed = now - lastPoint;
                }
                catch (FormatException)
                {
                    // A time or interval given by a variable: the check itself reports what it makes of it.
                }
            }
        }

        return needed;
    }

    /// <summary>The <c>offset</c> durations queries use: data must reach that far back.</summary>
    private static IEnumerable<TimeSpan> Offsets(IEnumerable<string> queries) =>
        queries.SelectMany(q => OffsetPattern().Matches(q))
            .Select(m => GrafanaDuration.TryParse(m.Groups["duration"].Value, out var d) ? d : TimeSpan.Zero);

    [GeneratedRegex(@"\boffset\s+-?(?<duration>(\d+(ms|[smhdwy]))+)")]
    private static partial Regex OffsetPattern();
}
