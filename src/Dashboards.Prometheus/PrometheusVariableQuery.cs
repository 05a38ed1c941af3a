using System.Text.RegularExpressions;
using Dashboards.PromQL;
using Dashboards.PromQL.Metrics;

namespace Dashboards.Model;

/// <summary>
/// Prometheus template-variable queries: <c>label_values(...)</c>, <c>label_names(...)</c>, <c>metrics(...)</c>,
/// <c>query_result(...)</c>.
/// </summary>
public sealed partial record PrometheusVariableQuery : VariableQuery
{
    private PrometheusVariableQuery(string text) => Text = text;

    /// <summary>The query text Grafana stores.</summary>
    public override string Text { get; }

    public override string DatasourceType => DataSourceType.Prometheus;

    /// <summary><c>label_values(label)</c>: every value of <paramref name="label"/>.</summary>
    public static PrometheusVariableQuery LabelValues(string label) => new($"label_values({LabelName(label)})");

    /// <summary><c>label_values(metric, label)</c>.</summary>
    public static PrometheusVariableQuery LabelValues(string metric, string label)
    {
        // The plain-name checks settle the usual case; the regexes stay the rule (they also take a trailing newline).
        if (!PromNames.IsValidMetricName(metric) && !MetricPattern().IsMatch(metric)) throw new ArgumentException($"'{metric}' is not a Prometheus metric name.", nameof(metric));
        return new($"label_values({metric}, {LabelName(label)})");
    }

    /// <summary><c>label_values(selector, label)</c> with a typed selector, e.g. one filtered by another variable.</summary>
    public static PrometheusVariableQuery LabelValues(InstantVector selector, string label) =>
        new($"label_values({selector}, {LabelName(label)})");

    /// <summary><c>label_names()</c> or <c>label_names(selector)</c>.</summary>
    public static PrometheusVariableQuery LabelNames(InstantVector? selector = null) =>
        new(selector is null ? "label_names()" : $"label_names({selector})");

    /// <summary><c>metrics(regex)</c>: metric names matching <paramref name="regex"/>.</summary>
    public static PrometheusVariableQuery Metrics(string regex) => new($"metrics({regex})");

    /// <summary><c>query_result(expr)</c>: the series of an instant query (pair with a regex to extract values).</summary>
    public static PrometheusVariableQuery QueryResult(PromQLExpr expression) => new($"query_result({expression})");

    private static string LabelName(string label) =>
        PromNames.IsValidLabelName(label) || LabelPattern().IsMatch(label) ? label : throw new ArgumentException($"'{label}' is not a Prometheus label name.", nameof(label));

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex("^[a-zA-Z_:][a-zA-Z0-9_:]*$")]
    private static partial Regex MetricPattern();

    public override string ToString() => Text;
}
