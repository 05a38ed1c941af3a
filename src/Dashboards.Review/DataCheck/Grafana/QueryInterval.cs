using System.Globalization;

namespace Dashboards.Review.DataCheck.Grafana;

/// <summary>
/// The interval values Grafana computes for one Prometheus query: <c>$__interval</c> (also the range query step),
/// <c>$__rate_interval</c> and <c>$__range</c>, following Grafana's Prometheus backend: interval =
/// max(round(range / maxDataPoints), min interval), where the min interval is the query's or panel's <c>interval</c>
/// or else the datasource scrape interval; rate interval = max(interval + scrape, 4 x scrape).
/// </summary>
public sealed record QueryInterval(TimeSpan Interval, TimeSpan RateInterval, TimeSpan Range)
{
    /// <summary>Grafana's default Prometheus scrape interval.</summary>
    public static readonly TimeSpan DefaultScrapeInterval = TimeSpan.FromSeconds(15);

    /// <summary>Prometheus refuses range queries with more than 11,000 points; Grafana raises the step to stay below.</summary>
    public const int MaxPointsPerSeries = 11_000;

    /// <param name="range">to - from.</param>
    /// <param name="maxDataPoints">The query's resolution (panel maxDataPoints or its width in pixels).</param>
    /// <param name="minInterval">The query's or panel's "Min interval"/"Min step", if set.</param>
    /// <param name="scrapeInterval">The datasource scrape interval (default 15s).</param>
    public static QueryInterval Calculate(TimeSpan range, int maxDataPoints, TimeSpan? minInterval = null, TimeSpan? scrapeInterval = null)
    {
        if (range <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(range), range, "The time range must be positive.");
        if (maxDataPoints <= 0) throw new ArgumentOutOfRangeException(nameof(maxDataPoints), maxDataPoints, "maxDataPoints must be positive.");
        var scrape = scrapeInterval ?? DefaultScrapeInterval;
        var lowerBound = minInterval ?? scrape;
        var calculated = Round(range / maxDataPoints);
        var safe = TimeSpan.FromSeconds(Math.Ceiling(range.TotalSeconds / MaxPointsPerSeries));
        var interval = Max(Max(calculated, lowerBound), safe);
        // The query's min step, when set, stands in for the scrape interval (Grafana's calculateRateInterval).
        var rateScrape = minInterval ?? scrape;
        var rate = Max(interval + rateScrape, 4 * rateScrape);
        return new QueryInterval(interval, rate, range);
    }

    /// <summary>Grafana's built-in variables for this query, as the Prometheus datasource substitutes them.</summary>
    public IReadOnlyDictionary<string, string> BuiltInVariables() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["__interval"] = GrafanaDuration.Format(Interval),
        ["__interval_ms"] = ((long)Interval.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
        ["__rate_interval"] = GrafanaDuration.Format(RateInterval),
        ["__rate_interval_ms"] = ((long)RateInterval.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
        ["__range"] = ((long)Range.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s",
        ["__range_s"] = ((long)Range.TotalSeconds).ToString(CultureInfo.InvariantCulture),
        ["__range_ms"] = ((long)Range.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Grafana's interval rounding table (rangeutil roundInterval): the raw interval snaps to a "nice" value.
    /// </summary>
    public static TimeSpan Round(TimeSpan interval)
    {
        var ms = interval.TotalMilliseconds;
        long rounded = ms switch
        {
            < 15 => 10,
            < 35 => 20,
            < 75 => 50,
            < 150 => 100,
            < 350 => 200,
            < 750 => 500,
            < 1_500 => 1_000,
            < 3_500 => 2_000,
            < 7_500 => 5_000,
            < 12_500 => 10_000,
            < 17_500 => 15_000,
            < 25_000 => 20_000,
            < 45_000 => 30_000,
            < 90_000 => 60_000,
            < 210_000 => 120_000,
            < 450_000 => 300_000,
            < 1_050_000 => 600_000,
            < 2_100_000 => 1_200_000,
            < 9_000_000 => 3_600_000,
            < 17_280_000 => 7_200_000,
            < 34_560_000 => 14_400_000,
            < 69_120_000 => 28_800_000,
            < 129_600_000 => 43_200_000,
            < 604_800_000 => 86_400_000,
            _ => 604_800_000,
        };
        return TimeSpan.FromMilliseconds(rounded);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
