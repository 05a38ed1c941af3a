using System.Text.RegularExpressions;
using Dashboards.PromQL;

namespace Dashboards.Import;

/// <summary>PromQL text → C# code that builds it as a typed expression, checked like hand-written queries.</summary>
internal static partial class PromCode
{
    /// <summary>
    /// A <c>PrometheusTarget</c> expression for <paramref name="expr"/>: typed when the parser accepts it and it is an
    /// instant vector or scalar; <c>PrometheusTarget.Raw</c> otherwise, with the parser's reason in <paramref name="reason"/>.
    /// </summary>
    public static string Target(string expr, out string? reason)
    {
        reason = null;
        PromQLExpr parsed;
        try { parsed = PromQLExpr.Parse(expr); }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            reason = e.Message.ReplaceLineEndings(" ");
            return TextTarget(expr);
        }
        if (parsed.Type is not (PromType.InstantVector or PromType.Scalar))
        {
            reason = $"the query is a {parsed.Type.DisplayName()}, not an instant vector or scalar";
            return TextTarget(expr);
        }
        return $"new PrometheusTarget({PromBuilderCode.Write(parsed.Syntax)})";
    }

    // Text the compiler will check (it reads Grafana variables the typed builder cannot hold) stays Raw; text it would
    // reject (a broken query, a range vector read as a table) is kept Unchecked, so the dashboard still compiles and
    // lint lists the query to fix.
    private static string TextTarget(string expr) =>
        Dashboards.PromQL.Parsing.PromQLParser.TryParse(expr, out var tree, out _) && tree!.Type is PromType.InstantVector or PromType.Scalar
            ? $"PrometheusTarget.Raw({CSharp.Str(expr)})"
            : $"PrometheusTarget.Unchecked({CSharp.Str(expr)})";

    /// <summary>A <c>PrometheusVariableQuery</c> expression for Grafana's variable query text, or null when it is none of the known forms.</summary>
    public static string? VariableQuery(string text)
    {
        try
        {
            if (LabelValuesOne().Match(text) is { Success: true } one)
                return $"PrometheusVariableQuery.LabelValues({CSharp.Str(one.Groups[1].Value)})";
            if (LabelValuesTwo().Match(text) is { Success: true } two)
            {
                var selector = two.Groups[1].Value.Trim();
                var label = two.Groups[2].Value;
                if (MetricName().IsMatch(selector)) return $"PrometheusVariableQuery.LabelValues({CSharp.Str(selector)}, {CSharp.Str(label)})";
                return $"PrometheusVariableQuery.LabelValues({Selector(selector)}, {CSharp.Str(label)})";
            }
            if (LabelNames().Match(text) is { Success: true } names)
            {
                if (names.Groups[1].Value.Trim() is not { Length: > 0 } sel) return "PrometheusVariableQuery.LabelNames()";
                return $"PrometheusVariableQuery.LabelNames({Selector(sel)})";
            }
            if (Metrics().Match(text) is { Success: true } metrics)
                return $"PrometheusVariableQuery.Metrics({CSharp.Str(metrics.Groups[1].Value.Trim())})";
            if (QueryResult().Match(text) is { Success: true } result)
            {
                var expr = result.Groups[1].Value.Trim();
                PromQLExpr.Parse(expr);
                return $"PrometheusVariableQuery.QueryResult(PromQLExpr.Parse({CSharp.Str(expr)}))";
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return null;
        }
        return null;
    }

    // A series selector of a variable query, as typed builder code (printed as the emitter prints it, so a re-import reads the same).
    private static string Selector(string text)
    {
        var parsed = PromQLExpr.Parse(text);
        if (parsed.Type != PromType.InstantVector) throw new FormatException($"'{text}' is not an instant vector.");
        var code = PromBuilderCode.Write(parsed.Syntax);
        return code.StartsWith("Prom.Metric(", StringComparison.Ordinal) && !code.Contains("InstantVector.Parse", StringComparison.Ordinal)
            ? code : $"InstantVector.Parse({CSharp.Str(parsed.ToString())})";
    }

    [GeneratedRegex(@"^label_values\(\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\)$", RegexOptions.Singleline)]
    private static partial Regex LabelValuesOne();

    [GeneratedRegex(@"^label_values\((.+),\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\)$", RegexOptions.Singleline)]
    private static partial Regex LabelValuesTwo();

    [GeneratedRegex(@"^label_names\((.*)\)$", RegexOptions.Singleline)]
    private static partial Regex LabelNames();

    [GeneratedRegex(@"^metrics\((.+)\)$", RegexOptions.Singleline)]
    private static partial Regex Metrics();

    [GeneratedRegex(@"^query_result\((.+)\)$", RegexOptions.Singleline)]
    private static partial Regex QueryResult();

    [GeneratedRegex("^[a-zA-Z_:][a-zA-Z0-9_:]*$")]
    private static partial Regex MetricName();
}
