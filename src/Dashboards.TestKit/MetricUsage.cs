using System.Text.RegularExpressions;
using Dashboards.Model;
using Dashboards.PromQL;
using Dashboards.PromQL.Metrics;
using Dashboards.PromQL.Parsing;
using Dashboards.PromQL.Rules;

namespace Dashboards.TestKit;

/// <summary>
/// Finds queries that step outside a metric catalog: a metric the catalog does not export, a label matcher or a
/// <c>by (...)</c> label the metric does not declare, or a fixed label value none of the declared values match (such a
/// panel would stay empty). Series recorded by the catalog's own recording rules count as known metrics.
/// </summary>
internal static class MetricUsage
{
    private sealed record Query(string Place, string Text);

    public static List<string> Problems(Catalog catalog, MetricCatalog metrics)
    {
        var recorded = catalog.RuleFiles
            .SelectMany(f => f.File.Groups)
            .SelectMany(g => g.Rules)
            .OfType<RecordingRule>()
            .Select(r => r.Record)
            .ToHashSet(StringComparer.Ordinal);

        var problems = new List<string>();
        foreach (var query in Queries(catalog))
        {
            Expr expr;
            try
            {
                expr = PromQLParser.Parse(query.Text);
            }
            catch (PromQLParseException e)
            {
                problems.Add($"{query.Place}: does not parse: {e.Message}\n      {query.Text}");
                continue;
            }
            foreach (var problem in Check(expr, metrics, recorded))
                problems.Add($"{query.Place}: {problem}\n      {query.Text}");
        }
        return problems;
    }

    private static IEnumerable<Query> Queries(Catalog catalog)
    {
        foreach (var (_, dashboard) in catalog.AllDashboards())
        {
            var where = $"dashboard '{dashboard.Uid}'";
            for (var i = 0; i < dashboard.Annotations.Length; i++)
            {
                if (dashboard.Annotations[i] is PrometheusAnnotation annotation)
                    yield return new Query($"{where}, annotation '{annotation.Name}'", annotation.Expr);
            }
            var panels = dashboard.Panels.Concat(dashboard.Rows.SelectMany(r => r.Panels));
            foreach (var panel in panels)
            {
                for (var t = 0; t < panel.Targets.Length; t++)
                {
                    if (panel.Targets[t] is PrometheusTarget target)
                        yield return new Query($"{where}, panel '{panel.Title}', query {target.RefId ?? (t + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}", target.Expr);
                }
            }
        }
        foreach (var (name, file) in catalog.RuleFiles)
        {
            foreach (var group in file.Groups)
            {
                foreach (var rule in group.Rules)
                    yield return new Query($"rule file '{name}', group '{group.Name}', rule '{rule.Name}'", rule.Expr.ToString());
            }
        }
    }

    private static IEnumerable<string> Check(Expr root, MetricCatalog metrics, HashSet<string> recorded)
    {
        foreach (var node in ExprWalker.DescendantsAndSelf(root))
        {
            switch (node)
            {
                case VectorSelector selector:
                    foreach (var problem in CheckSelector(selector, metrics, recorded)) yield return problem;
                    break;
                case AggregateExpr { Grouping: { Without: false } grouping } aggregate:
                    foreach (var problem in CheckGrouping(aggregate, grouping, metrics)) yield return problem;
                    break;
            }
        }
    }

    private static IEnumerable<string> CheckSelector(VectorSelector selector, MetricCatalog metrics, HashSet<string> recorded)
    {
        if (selector.MetricName is not { } name) yield break; // {__name__=~"..."}: nothing fixed to check
        if (recorded.Contains(name)) yield break;
        if (!metrics.TryResolve(name, out var series))
        {
            yield return $"metric '{name}' is not in the metric catalog{Nearest(metrics, name)}";
            yield break;
        }
        foreach (var matcher in selector.Matchers)
        {
            if (matcher.Name == "__name__" || IsImplicit(series, matcher.Name)) continue;
            var label = series.Metric.FindLabel(matcher.Name);
            if (label is null)
            {
                yield return $"label '{matcher.Name}' is not declared on metric '{name}' (declared: {Declared(series.Metric)})";
                continue;
            }
            // Grafana variables ($service, ${env}) match whatever the user selects; undeclared values can't be judged.
            if (label.Values.IsEmpty || matcher.Value.Contains('$')) continue;
            if (!AnyValueMatches(matcher, label.Values))
                yield return $"{matcher.Name}{Operator(matcher.Op)}\"{matcher.Value}\" on '{name}' matches none of the declared values ({string.Join(", ", label.Values)})";
        }
    }

    private static IEnumerable<string> CheckGrouping(AggregateExpr aggregate, Grouping grouping, MetricCatalog metrics)
    {
        // Labels made inside the body (label_replace, label_join) or series outside the catalog can't be judged here.
        var nodes = ExprWalker.DescendantsAndSelf(aggregate.Body).ToList();
        if (nodes.OfType<FunctionCall>().Any(f => f.Function.Name is "label_replace" or "label_join")) yield break;
        var resolved = new List<SeriesName>();
        foreach (var selector in nodes.OfType<VectorSelector>())
        {
            if (selector.MetricName is null || !metrics.TryResolve(selector.MetricName, out var series)) yield break;
            resolved.Add(series);
        }
        if (resolved.Count == 0) yield break;
        foreach (var label in grouping.Labels)
        {
            if (!resolved.Any(s => IsImplicit(s, label) || s.Metric.FindLabel(label) is not null))
                yield return $"by ({label}): no metric under this aggregation declares label '{label}' ({string.Join("; ", resolved.Select(s => $"{s.Name}: {Declared(s.Metric)}").Distinct())})";
        }
    }

    /// <summary>Labels Prometheus adds itself (job, instance) or that a series kind implies (le on buckets, quantile on summaries).</summary>
    private static bool IsImplicit(SeriesName series, string label) =>
        label is "job" or "instance"
        || (label == "le" && series.Role == SeriesRole.Bucket)
        || (label == "quantile" && series.Metric.Kind == MetricKind.Summary && series.Role == SeriesRole.Value);

    private static bool AnyValueMatches(LabelMatcher matcher, IEnumerable<string> values) => matcher.Op switch
    {
        MatchOp.Equal => values.Contains(matcher.Value, StringComparer.Ordinal),
        MatchOp.NotEqual => values.Any(v => v != matcher.Value),
        MatchOp.Regex => values.Any(v => FullMatch(matcher.Value, v)),
        MatchOp.NotRegex => values.Any(v => !FullMatch(matcher.Value, v)),
        _ => true,
    };

    // Prometheus anchors label regexes at both ends.
    private static bool FullMatch(string pattern, string value) =>
        Regex.IsMatch(value, $"^(?:{pattern})$", RegexOptions.None, TimeSpan.FromSeconds(1));

    private static string Operator(MatchOp op) => op switch
    {
        MatchOp.Equal => "=",
        MatchOp.NotEqual => "!=",
        MatchOp.Regex => "=~",
        _ => "!~",
    };

    private static string Declared(MetricDefinition metric) =>
        metric.Labels.IsEmpty ? "none" : string.Join(", ", metric.Labels.Select(l => l.Name));

    private static string Nearest(MetricCatalog metrics, string name)
    {
        var best = metrics.AllSeries.Select(s => s.Name)
            .Select(n => (Name: n, Distance: Distance(n, name)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(3, name.Length / 4) ? $" (did you mean '{best.Name}'?)" : "";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
