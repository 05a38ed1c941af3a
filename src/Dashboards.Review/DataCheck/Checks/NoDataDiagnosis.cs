using Dashboards.PromQL;
using Dashboards.PromQL.Parsing;
using Dashboards.Review.DataCheck.Prometheus;

namespace Dashboards.Review.DataCheck.Checks;

/// <summary>
/// Says why a query has no data, selector by selector (Prometheus's series API over the query's time range): the metric
/// has no series at all, or one label matcher matches nothing on it (with the values the label does have), or every
/// selector has series and the functions or operators leave nothing.
/// </summary>
public static class NoDataDiagnosis
{
    private const int ValuesShown = 8;

    /// <summary>The answer when every selector has series: the query's functions or operators empty it.</summary>
    public const string SelectorsHaveSeries =
        "every selector has series; the functions or operators leave nothing (a filter, labels that do not match across a join, a range too short for rate)";

    public static async Task<string?> ExplainAsync(PrometheusQueryClient client, string query, DateTimeOffset start, DateTimeOffset end,
        CancellationToken cancellationToken = default)
    {
        if (!PromQLParser.TryParse(query, out var expr, out _) || expr is null) return null;
        var selectors = ExprWalker.DescendantsAndSelf(expr).OfType<VectorSelector>()
            .Select(s => new VectorSelector(s.MetricName, s.Matchers)).Distinct().ToList();
        foreach (var selector in selectors)
        {
            var whole = await client.SeriesAsync([selector.ToString()], start, end, cancellationToken);
            if (!whole.Success || whole.Series.Count > 0) continue;
            if (selector.MetricName is not { } name) return $"'{selector}' selects no series";

            var bare = await client.SeriesAsync([name], start, end, cancellationToken);
            if (!bare.Success) continue;
            if (bare.Series.Count == 0) return $"metric '{name}' has no series in the time range (not exported, or named differently)";
            foreach (var matcher in selector.Matchers.Where(m => m.Name != "__name__"))
            {
                var one = await client.SeriesAsync([new VectorSelector(name, EquatableArray.Create(matcher)).ToString()], start, end, cancellationToken);
                if (!one.Success || one.Series.Count > 0) continue;
                var values = bare.Series.Select(s => s.Labels.GetValueOrDefault(matcher.Name)).OfType<string>().Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal).ToList();
                return values.Count == 0
                    ? $"{matcher} matches nothing: no series of '{name}' has the label '{matcher.Name}'"
                    : $"{matcher} matches nothing on '{name}' (its {matcher.Name} values: {string.Join(", ", values.Take(ValuesShown))}{(values.Count > ValuesShown ? $", ... {values.Count} in all" : "")})";
            }
            return $"'{selector}' selects no series, though each of its matchers alone does (no series has them all)";
        }
        return selectors.Count == 0 ? null : SelectorsHaveSeries;
    }
}
