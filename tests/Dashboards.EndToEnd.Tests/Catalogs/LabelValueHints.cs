using System.Text.RegularExpressions;

namespace Dashboards.EndToEnd.Tests.Catalogs;

/// <summary>
/// Label values that queries ask for in equality and regex matchers (<c>job="api"</c>, <c>code=~"5..|429"</c>), per
/// metric name: the fallback for labels whose catalog declares no values. Read from the query text so that Grafana
/// variables (<c>"$job"</c>, skipped) cannot get in the way.
/// </summary>
public sealed partial class LabelValueHints
{
    private readonly Dictionary<(string Metric, string Label), SortedSet<string>> _byMetric = [];
    private readonly Dictionary<string, SortedSet<string>> _anyMetric = new(StringComparer.Ordinal);

    public static LabelValueHints Collect(IEnumerable<string> queries)
    {
        var hints = new LabelValueHints();
        foreach (var query in queries) hints.Add(query);
        return hints;
    }

    /// <summary>Values queries use for <paramref name="label"/> on any of <paramref name="seriesNames"/>; else on any metric.</summary>
    public IReadOnlyList<string> ValuesFor(IEnumerable<string> seriesNames, string label)
    {
        var values = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in seriesNames)
        {
            if (_byMetric.TryGetValue((name, label), out var found)) values.UnionWith(found);
        }

        return values.ToList();
    }

    /// <summary>Values used for <paramref name="label"/> on selectors without a metric name or on any metric.</summary>
    public IReadOnlyList<string> ValuesForAnyMetric(string label) =>
        _anyMetric.TryGetValue(label, out var values) ? values.ToList() : [];

    private void Add(string query)
    {
        foreach (Match selector in SelectorPattern().Matches(query))
        {
            var metric = selector.Groups["metric"].Success ? selector.Groups["metric"].Value : null;
            var matchers = MatcherPattern().Matches(selector.Groups["matchers"].Value).ToList();
            metric ??= matchers.Where(m => m.Groups["label"].Value == "__name__" && m.Groups["op"].Value == "=")
                .Select(m => m.Groups["value"].Value).FirstOrDefault();
            foreach (var matcher in matchers)
            {
                var label = matcher.Groups["label"].Value;
                if (label == "__name__") continue;
                foreach (var value in Literals(matcher.Groups["op"].Value, matcher.Groups["value"].Value))
                {
                    if (metric is not null)
                    {
                        if (!_byMetric.TryGetValue((metric, label), out var set)) _byMetric[(metric, label)] = set = new SortedSet<string>(StringComparer.Ordinal);
                        set.Add(value);
                    }

                    if (!_anyMetric.TryGetValue(label, out var any)) _anyMetric[label] = any = new SortedSet<string>(StringComparer.Ordinal);
                    any.Add(value);
                }
            }
        }
    }

    /// <summary>
    /// Concrete values a matcher selects: the value of <c>=</c>; the plain alternatives of <c>=~</c> (<c>a|b</c>; a
    /// dot-pattern such as <c>5..</c> matches itself). Variables and real regexes (<c>.*</c>, classes) give nothing.
    /// </summary>
    public static IEnumerable<string> Literals(string op, string value)
    {
        if (VariableReference().IsMatch(value)) yield break;
        if (op == "=")
        {
            if (value.Length > 0) yield return value;
            yield break;
        }

        var body = value.TrimStart('^').TrimEnd('$');
        if (body.StartsWith('(') && body.EndsWith(')')) body = body[1..^1];
        foreach (var alternative in body.Split('|'))
        {
            if (PlainAlternative().IsMatch(alternative)) yield return alternative;
        }
    }

    [GeneratedRegex(@"(?<metric>[a-zA-Z_:][\w:]*)?\s*\{(?<matchers>[^{}]*)\}")]
    private static partial Regex SelectorPattern();

    [GeneratedRegex(@"(?<label>[a-zA-Z_]\w*)\s*(?<op>=~|=)\s*""(?<value>(?:[^""\\]|\\.)*)""")]
    private static partial Regex MatcherPattern();

    [GeneratedRegex(@"\$\w|\$\{|\[\[")]
    private static partial Regex VariableReference();

    [GeneratedRegex(@"^[\w\-:/ .]+$")]
    private static partial Regex PlainAlternative();
}
