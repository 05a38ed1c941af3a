using Dashboards.Model;
using Dashboards.PromQL;
using Dashboards.PromQL.Checks;
using Dashboards.PromQL.Metrics;

namespace Dashboards.Review.Lint.Rules;

/// <summary>
/// A catalog lint of <see cref="PromQLChecker"/> as a lint rule (rate on a gauge, histogram_quantile without le,
/// unknown metric or label): the checker finds, the rule only names and ranks the finding.
/// </summary>
public sealed class CheckerRule(string id, string summary, params string[] codes) : LintRule
{
    public override string Id => id;
    public override LintSeverity Severity => LintSeverity.Error;
    public override LintScope Scope => LintScope.Target;
    public override LintOrigin Origin => LintOrigin.Typed;
    public override string Summary => summary;

    /// <summary>The <see cref="PromQLChecker"/> codes this rule reports.</summary>
    public IReadOnlyList<string> Codes => codes;

    public override IEnumerable<string> Check(TargetSubject target)
    {
        if (target.Syntax is not { } syntax) return [];
        return PromQLChecker.Check(syntax, target.Metrics)
            .Where(d => d.Severity != DiagnosticSeverity.Info && codes.Contains(d.Code))
            .Select(d => d.Message);
    }
}

/// <summary>A counter (by its catalog type, so also histogram _bucket/_sum/_count and counters without _total) shown raw.</summary>
public sealed class TargetCounterRawRule : LintRule
{
    public override string Id => "target-counter-raw-rule";
    public override LintSeverity Severity => LintSeverity.Warning;
    public override LintScope Scope => LintScope.Target;
    public override LintOrigin Origin => LintOrigin.Typed;
    public override string Summary => "A series the metric catalog declares a counter (counters, histogram and summary _bucket/_sum/_count) is read through rate(), irate() or increase(), or only counted.";

    public override IEnumerable<string> Check(TargetSubject target)
    {
        if (target.Syntax is not { } syntax || target.Metrics is not { } catalog) yield break;
        foreach (var (node, parents) in PromQLWalk.WithParents(syntax))
        {
            if (node is not VectorSelector { MetricName: { } name } || !catalog.TryResolve(name, out var series) || !IsCounter(series)) continue;
            if (!CounterUse.IsFine(parents))
                yield return $"'{name}' is a {Describe(series)}, a counter that only grows: shown raw it is a count since the process started; use rate() or increase()";
        }
    }

    private static bool IsCounter(SeriesName series) => series.Metric.Kind switch
    {
        MetricKind.Counter => true,
        MetricKind.Histogram or MetricKind.Summary => series.Role is SeriesRole.Bucket or SeriesRole.Sum or SeriesRole.Count,
        _ => false,
    };

    private static string Describe(SeriesName s) =>
        s.Metric.Kind == MetricKind.Counter ? "counter" : $"{s.Metric.Kind.ToString().ToLowerInvariant()}'s {s.Role.ToString().ToLowerInvariant()} series";
}

/// <summary>A panel unit that does not fit what its queries measure (seconds shown as ms, a 0-1 ratio as percent, bytes as time...).</summary>
public sealed class PanelUnitMetricRule : LintRule
{
    public override string Id => "panel-unit-metric-rule";
    public override LintSeverity Severity => LintSeverity.Warning;
    public override LintScope Scope => LintScope.Panel;
    public override LintOrigin Origin => LintOrigin.Typed;
    public override string Summary => "The panel unit fits what the queries measure, as far as metric names and the catalog tell (seconds not shown as ms, a 0-1 ratio not as percent, bytes not as time).";

    public override IEnumerable<string> Check(PanelSubject panel)
    {
        if (panel.Panel.Defaults.Unit is not { } unit) yield break;
        var shown = UnitKinds.Of(unit.Id);
        if (shown == Quantity.Unknown) yield break;
        var measured = panel.Targets().Where(t => t.Syntax is not null && !t.Target.Hide)
            .Select(t => QuantityInference.Infer(t.Syntax!, t.Metrics)).Distinct().ToList();
        if (measured.Count != 1 || measured[0] == Quantity.Unknown) yield break;
        if (!UnitKinds.Fits(measured[0], shown))
            yield return $"unit '{unit.Id}' shows {UnitKinds.Describe(shown)}, but the queries measure {UnitKinds.Describe(measured[0])}{UnitKinds.Hint(measured[0])}";
    }
}
