using System.Text.RegularExpressions;

namespace Dashboards.Review.DataCheck.Grafana;

/// <summary>
/// A Prometheus query variable's query, in Grafana's "metric find" language: <c>label_names()</c>,
/// <c>label_values(label)</c>, <c>label_values(selector, label)</c>, <c>metrics(regex)</c>, <c>query_result(expr)</c>,
/// or anything else as a series selector.
/// </summary>
public abstract partial record VariableQuery
{
    private protected VariableQuery() { }

    public static VariableQuery Parse(string text)
    {
        var query = text.Trim();
        if (LabelNamesPattern().Match(query) is { Success: true } names)
        {
            return new LabelNamesQuery(names.Groups["match"].Success ? names.Groups["match"].Value.Trim() : null);
        }

        if (LabelValuesPattern().Match(query) is { Success: true } values)
        {
            var selector = values.Groups["selector"].Success ? values.Groups["selector"].Value.Trim() : null;
            return new LabelValuesQuery(selector, values.Groups["label"].Value);
        }

        if (MetricsPattern().Match(query) is { Success: true } metrics) return new MetricNamesQuery(metrics.Groups["regex"].Value.Trim());
        if (QueryResultPattern().Match(query) is { Success: true } result) return new QueryResultQuery(result.Groups["expr"].Value.Trim());
        return new SeriesQuery(query);
    }

    [GeneratedRegex(@"^label_names\(\s*(?<match>.+)?\s*\)\s*$")]
    private static partial Regex LabelNamesPattern();

    [GeneratedRegex(@"^label_values\(\s*(?:(?<selector>.+),\s*)?(?<label>[a-zA-Z_$][a-zA-Z0-9_]*)\s*\)\s*$", RegexOptions.Singleline)]
    private static partial Regex LabelValuesPattern();

    [GeneratedRegex(@"^metrics\((?<regex>.+)\)\s*$", RegexOptions.Singleline)]
    private static partial Regex MetricsPattern();

    [GeneratedRegex(@"^query_result\((?<expr>.+)\)\s*$", RegexOptions.Singleline)]
    private static partial Regex QueryResultPattern();
}

/// <summary><c>label_names()</c>: all label names (of series matching <see cref="Match"/>).</summary>
public sealed record LabelNamesQuery(string? Match) : VariableQuery;

/// <summary><c>label_values(selector, label)</c>: values of <see cref="Label"/> (on series matching <see cref="Selector"/>).</summary>
public sealed record LabelValuesQuery(string? Selector, string Label) : VariableQuery;

/// <summary><c>metrics(regex)</c>: metric names matching a regex.</summary>
public sealed record MetricNamesQuery(string Regex) : VariableQuery;

/// <summary><c>query_result(expr)</c>: one option per result series of an instant query.</summary>
public sealed record QueryResultQuery(string Expr) : VariableQuery;

/// <summary>Any other text: the label sets of the series it selects.</summary>
public sealed record SeriesQuery(string Selector) : VariableQuery;
