using System.Text.RegularExpressions;
using Dashboards.Model;
using Dashboards.PromQL;

namespace Dashboards.Review.Lint.Rules;

/// <summary>dashboard-linter's target-promql-rule.</summary>
public sealed class TargetPromQLRule : LintRule
{
    public override string Id => "target-promql-rule";
    public override LintSeverity Severity => LintSeverity.Error;
    public override LintScope Scope => LintScope.Target;
    public override LintOrigin Origin => LintOrigin.DashboardLinter;
    public override string Summary => "Every Prometheus query parses (text queries; typed ones always do).";

    public override IEnumerable<string> Check(TargetSubject target)
    {
        if (target.ParseError is { } error && target.Prometheus is { IsUnchecked: false })
            yield return $"PromQL does not parse at {error} (query: {target.Prometheus.Expr})";
    }
}

/// <summary>Queries kept unchecked (<c>PrometheusTarget.Unchecked</c>, as the importer writes text the parser rejects) are listed to be fixed.</summary>
public sealed class TargetUncheckedRule : LintRule
{
    public override string Id => "target-unchecked-rule";
    public override LintSeverity Severity => LintSeverity.Warning;
    public override LintScope Scope => LintScope.Target;
    public override LintOrigin Origin => LintOrigin.Typed;
    public override string Summary => "Queries kept unchecked (imported text the PromQL parser rejects) are fixed and made typed.";

    public override IEnumerable<string> Check(TargetSubject target)
    {
        if (target.Prometheus is { IsUnchecked: true } p)
            yield return target.ParseError is { } error
                ? $"unchecked query does not parse at {error} (query: {p.Expr})"
                : $"unchecked query now parses: use PrometheusTarget.Raw or the typed builder (query: {p.Expr})";
    }
}

/// <summary>dashboard-linter's target-rate-interval-rule.</summary>
public sealed class TargetRateIntervalRule : LintRule
{
    public override string Id => "target-rate-interval-rule";
    public override LintSeverity Severity => LintSeverity.Warning;
    public override LintScope Scope => LintScope.Target;
    public override LintOrigin Origin => LintOrigin.DashboardLinter;
    public override string Summary => "rate() and irate() use [$__rate_interval], which always covers at least four scrapes at any zoom.";

    public override IEnumerable<string> Check(TargetSubject target)
    {
        if (target.Syntax is not { } syntax) yield break;
        foreach (var (node, parents) in PromQLWalk.WithParents(syntax))
        {
            if (node is not MatrixSelector m || m.Range.Variable == "$__rate_interval" || parents.Count == 0) continue;
            if (parents[^1] is FunctionCall { Name: "rate" or "irate" } call)
                yield return $"{call.Name}({m}) should use [$__rate_interval], not [{m.Range}]";
        }
    }
}

/// <summary>dashboard-linter's target-job-rule and target-instance-rule: one class, two ids.</summary>
public sealed class TargetLabelMatcherRule(string label) : LintRule
{
    public override string Id => $"target-{label}-rule";
    public override LintSeverity Severity => LintSeverity.Warning;
    public override LintScope Scope => LintScope.Target;
    public override LintOrigin Origin => LintOrigin.DashboardLinter;
    public override string Summary => $"Every selector of a Prometheus query filters {label}=~\"${label}\".";

    public override IEnumerable<string> Check(TargetSubject target)
    {
        if (target.Syntax is not { } syntax) yield break;
        foreach (var selector in PromQLWalk.Selectors(syntax))
        {
            if (!selector.Matchers.Any(m => m.Name == label && m.Op == MatchOp.Regex && m.Value == "$" + label))
                yield return $"selector {selector} has no {label}=~\"${label}\" matcher";
        }
    }
}

/// <summary>dashboard-linter's target-counter-agg-rule: by name (_total); <see cref="TargetCounterRawRule"/> does it by type.</summary>
public sealed class TargetCounterAggRule : LintRule
{
    public override string Id => "target-counter-agg-rule";
    public override LintSeverity Severity => LintSeverity.Warning;
    public override LintScope Scope => LintScope.Target;
    public override LintOrigin Origin => LintOrigin.DashboardLinter;
    public override string Summary => "A metric named *_total (a counter) is read through rate(), irate() or increase(), never shown raw.";

    public override IEnumerable<string> Check(TargetSubject target)
    {
        if (target.Syntax is not { } syntax) yield break;
        foreach (var (node, parents) in PromQLWalk.WithParents(syntax))
        {
            if (node is VectorSelector { MetricName: { } name } selector && name.EndsWith("_total", StringComparison.Ordinal) && !CounterUse.IsRated(parents))
                yield return $"counter '{selector}' is not wrapped in rate, irate or increase";
        }
    }
}

/// <summary>How a counter series may be read: as the range of rate/irate/increase (or resets/changes), or only counted.</summary>
internal static class CounterUse
{
    public static bool IsRated(IReadOnlyList<Expr> parents) =>
        parents.Count >= 2 && parents[^1] is MatrixSelector && parents[^2] is FunctionCall { Name: "rate" or "irate" or "increase" };

    /// <summary>Rated, or used only for its presence (count, group, absent, timestamp...), where the raw value does not matter.</summary>
    public static bool IsFine(IReadOnlyList<Expr> parents)
    {
        if (IsRated(parents)) return true;
        if (parents.Count >= 2 && parents[^1] is MatrixSelector && parents[^2] is FunctionCall { Name: "resets" or "changes" or "count_over_time" or "present_over_time" or "absent_over_time" }) return true;
        return parents.Any(p => p is AggregateExpr { Op: AggregateOp.Count or AggregateOp.Group } or FunctionCall { Name: "absent" or "timestamp" });
    }
}

/// <summary>dashboard-linter's target-logql-rule: every Loki query parses as LogQL (by this SDK's LogQL parser).</summary>
public sealed class TargetLogQLRule : LintRule
{
    public override string Id => "target-logql-rule";
    public override LintSeverity Severity => LintSeverity.Error;
    public override LintScope Scope => LintScope.Target;
    public override LintOrigin Origin => LintOrigin.DashboardLinter;
    public override string Summary => "Every Loki query parses as LogQL (stream selector, pipeline, metric functions), with the position of any error.";

    public override IEnumerable<string> Check(TargetSubject target)
    {
        // A typed query was built by the LogQL builder and printed by its printer; only text needs the parser.
        if (target.Target is not LokiTarget { IsRaw: true } loki) yield break;
        if (!Dashboards.LogQL.Parsing.LogQLParser.TryParse(loki.Expr, out _, out var error))
            yield return $"LogQL '{loki.Expr}' does not parse: {error!.Message}";
    }
}
