using System.Text;
using System.Text.RegularExpressions;

namespace Dashboards.Review.DataCheck.Grafana;

/// <summary>The interpolated text and the variable references nobody defined (Grafana leaves those in the text).</summary>
public sealed record InterpolationResult(string Text, IReadOnlyList<string> UnknownVariables);

/// <summary>
/// Substitutes variables in a Prometheus query the way Grafana does before sending it: the three reference forms
/// <c>$var</c>, <c>${var}</c>/<c>${var:format}</c> and <c>[[var]]</c>/<c>[[var:format]]</c>; built-ins raw; template
/// variables through the Prometheus datasource's formatter (single value: only quotes escaped; multi/include-all:
/// regex-escaped, several values as <c>(a|b|c)</c>); "All" with a custom all value uses that value verbatim.
/// </summary>
public static partial class TemplateInterpolator
{
    private const int MaxNesting = 5;

    public static InterpolationResult Interpolate(string text, IReadOnlyDictionary<string, VariableValue> variables)
    {
        var unknown = new List<string>();
        var result = Replace(text, variables, unknown, 0);
        return new InterpolationResult(result, unknown.Distinct().ToList());
    }

    /// <summary>Names of all variables <paramref name="text"/> refers to (for dependency order).</summary>
    public static IReadOnlyList<string> References(string text) =>
        VariablePattern().Matches(text).Select(m => Name(m)).Distinct().ToList();

    private static string Replace(string text, IReadOnlyDictionary<string, VariableValue> variables, List<string> unknown, int depth) =>
        VariablePattern().Replace(text, match =>
        {
            var name = Name(match);
            var format = match.Groups["bracketFormat"].Success ? match.Groups["bracketFormat"].Value
                : match.Groups["braceFormat"].Success ? match.Groups["braceFormat"].Value
                : null;
            if (!variables.TryGetValue(name, out var value))
            {
                unknown.Add(name);
                return match.Value;
            }

            return value switch
            {
                RawValue raw => raw.Value,
                // A custom all value is not formatted (except for the text format) but may itself contain variables.
                TemplateValue { IsAll: true, AllValue: { } allValue } when format is not "text" =>
                    depth < MaxNesting ? Replace(allValue, variables, unknown, depth + 1) : allValue,
                TemplateValue template => Format(template, format, name),
                _ => throw new InvalidOperationException($"Unknown variable value {value}."),
            };
        });

    private static string Name(Match match) =>
        match.Groups["plain"].Success ? match.Groups["plain"].Value
        : match.Groups["bracket"].Success ? match.Groups["bracket"].Value
        : match.Groups["brace"].Value;

    private static string Format(TemplateValue value, string? format, string name)
    {
        var values = value.Values;
        switch (format)
        {
            case null:
                return PrometheusDefault(value);
            case "raw":
                return string.Join(',', values);
            case "regex":
                return values.Count == 1 ? RegexEscape(values[0]) : "(" + string.Join('|', values.Select(RegexEscape)) + ")";
            case "pipe":
                return string.Join('|', values);
            case "csv":
                return string.Join(',', values);
            case "glob":
                return values.Count == 1 ? values[0] : "{" + string.Join(',', values) + "}";
            case "text":
                return value.IsAll ? "All" : string.Join(" + ", values);
            case "singlequote":
                return string.Join(',', values.Select(v => "'" + v.Replace("'", "\\'") + "'"));
            case "doublequote":
                return string.Join(',', values.Select(v => "\"" + v.Replace("\"", "\\\"") + "\""));
            case "json":
                return values.Count == 1 && !value.Multi
                    ? System.Text.Json.JsonSerializer.Serialize(values[0])
                    : System.Text.Json.JsonSerializer.Serialize(values);
            case "percentencode":
                return Uri.EscapeDataString(values.Count == 1 ? values[0] : "{" + string.Join(',', values) + "}");
            default:
                throw new FormatException($"Variable '{name}' uses the format ':{format}', which this harness does not know.");
        }
    }

    /// <summary>Grafana's Prometheus datasource formatter (interpolateQueryExpr).</summary>
    private static string PrometheusDefault(TemplateValue value)
    {
        if (!value.Multi && !value.IncludeAll) return string.Join(',', value.Values.Select(PrometheusRegularEscape));
        var escaped = value.Values.Select(PrometheusSpecialRegexEscape).ToList();
        return escaped.Count == 1 ? escaped[0] : "(" + string.Join('|', escaped) + ")";
    }

    /// <summary>Single-value variables: only single quotes are escaped.</summary>
    public static string PrometheusRegularEscape(string value) => value.Replace("'", "\\\\'");

    /// <summary>
    /// Multi-value variables go into <c>=~"..."</c>: regex metacharacters get a backslash that is itself escaped for the
    /// PromQL string (<c>a.b</c> becomes <c>a\\.b</c>).
    /// </summary>
    public static string PrometheusSpecialRegexEscape(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (c == '\\') builder.Append(@"\\\\");
            else if ("$^*{}[]'+?.()|".Contains(c)) builder.Append(@"\\").Append(c);
            else builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Grafana's <c>:regex</c> format escape (one backslash before each metacharacter).</summary>
    public static string RegexEscape(string value) => RegexMetacharacters().Replace(value, @"\$&");

    // Grafana's variableRegex: $name | [[name(:format)?]] | ${name(.fieldPath)?(:format)?}
    [GeneratedRegex(@"\$(?<plain>\w+)|\[\[(?<bracket>\w+?)(?::(?<bracketFormat>\w+))?\]\]|\$\{(?<brace>\w+)(?:\.(?<field>[^:^\}]+))?(?::(?<braceFormat>[^\}]+))?\}")]
    private static partial Regex VariablePattern();

    [GeneratedRegex(@"[\\^$*+?.()|\[\]{}/]")]
    private static partial Regex RegexMetacharacters();
}
