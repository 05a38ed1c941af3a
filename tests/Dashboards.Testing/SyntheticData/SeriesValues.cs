namespace Dashboards.Testing.SyntheticData;

/// <summary>
/// Plausible values by metric name conventions (Prometheus naming: unit suffixes, <c>_total</c>, <c>_ratio</c>, <c>_info</c>, <c>up</c>).
/// Series of one metric are spread over the whole plausible range, so threshold filters (<c>&gt; 0.9</c>) match some series.
/// Everything is a pure function of (metric name, series index, time): the same inputs give the same file.
/// </summary>
internal static class SeriesValues
{
    private const double Sigma = 1.0; // spread of the log-normal latency/size distribution

    /// <summary>Gauge value of series <paramref name="index"/> of <paramref name="count"/> at unix time <paramref name="t"/>.</summary>
    public static double Gauge(string name, int index, int count, long t)
    {
        var position = (index + 0.5) / count; // 0..1, spreads series over the range
        var wave = Wave(name, index, t);
        if (name == "up" || name.EndsWith("_up", StringComparison.Ordinal))
        {
            return count > 1 && index == count - 1 ? 0 : 1; // one target down, the others up
        }

        if (name.EndsWith("_info", StringComparison.Ordinal)) return 1;
        if (name.Contains("timestamp", StringComparison.Ordinal) || name.EndsWith("_time_seconds", StringComparison.Ordinal))
        {
            return t - 60 * (index + 1) * 7; // "last happened a few minutes ago"
        }

        if (name.EndsWith("_ratio", StringComparison.Ordinal) || name.Contains("utilization", StringComparison.Ordinal))
        {
            return Math.Clamp(position + 0.04 * wave, 0.01, 0.99);
        }

        if (name.EndsWith("_percent", StringComparison.Ordinal)) return Math.Clamp(100 * position + 4 * wave, 1, 99);
        if (name.EndsWith("_celsius", StringComparison.Ordinal)) return 30 + 60 * position + 3 * wave;
        if (name.EndsWith("_bytes", StringComparison.Ordinal)) return Math.Round(2e9 * (0.2 + position) * (1 + 0.1 * wave));
        if (name.EndsWith("_seconds", StringComparison.Ordinal)) return 2 * (0.05 + position) * (1 + 0.1 * wave);
        if (name.EndsWith("_milliseconds", StringComparison.Ordinal)) return 2000 * (0.05 + position) * (1 + 0.1 * wave);
        return Math.Round(100 * (0.05 + position) * (1 + 0.2 * wave), 3);
    }

    /// <summary>Per-second increase of a counter series (before the time wave).</summary>
    public static double CounterRate(string name, int index, int count)
    {
        var position = (index + 0.5) / count;
        double baseRate = name switch
        {
            _ when name.EndsWith("_bytes_total", StringComparison.Ordinal) => 2e5,
            _ when name.EndsWith("_seconds_total", StringComparison.Ordinal) => 0.4,
            _ when name.Contains("error", StringComparison.Ordinal) || name.Contains("fail", StringComparison.Ordinal) => 0.5,
            _ => 20,
        };
        return baseRate * (0.25 + 1.5 * position);
    }

    /// <summary>Increase of a counter during one step (always positive, so the counter never resets).</summary>
    public static double CounterIncrease(string name, int index, int count, long t, double stepSeconds) =>
        CounterRate(name, index, count) * stepSeconds * (1 + 0.3 * Wave(name, index, t));

    /// <summary>Median of observations (seconds, bytes or plain) for histograms and summaries.</summary>
    public static double ObservationMedian(string name, int index, int count, long t)
    {
        var position = (index + 0.5) / count;
        double median = name switch
        {
            _ when name.EndsWith("_seconds", StringComparison.Ordinal) => 0.08,
            _ when name.EndsWith("_milliseconds", StringComparison.Ordinal) => 80,
            _ when name.EndsWith("_bytes", StringComparison.Ordinal) => 20_000,
            _ => 5,
        };
        return median * (0.5 + position) * (1 + 0.2 * Wave(name, index, t));
    }

    /// <summary>Share of observations at or below <paramref name="bound"/> (log-normal CDF).</summary>
    public static double CumulativeShare(double bound, double median)
    {
        if (double.IsPositiveInfinity(bound)) return 1;
        if (bound <= 0) return 0;
        return 0.5 * (1 + Erf(Math.Log(bound / median) / (Sigma * Math.Sqrt(2))));
    }

    /// <summary>The <paramref name="quantile"/>-quantile of the log-normal observation distribution.</summary>
    public static double Quantile(double quantile, double median) => median * Math.Exp(Sigma * NormalQuantile(quantile));

    public static double Mean(double median) => median * Math.Exp(Sigma * Sigma / 2);

    public static double ObservationRate(int index, int count) => 4 * (0.25 + 1.5 * (index + 0.5) / count);

    /// <summary>Default histogram buckets by unit suffix.</summary>
    public static IReadOnlyList<double> DefaultBuckets(string name) => name switch
    {
        _ when name.EndsWith("_bytes", StringComparison.Ordinal) => [100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000],
        _ when name.EndsWith("_seconds", StringComparison.Ordinal) => [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        _ when name.EndsWith("_milliseconds", StringComparison.Ordinal) => [5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000],
        _ => [1, 2, 5, 10, 20, 50, 100],
    };

    /// <summary>A slow wave in [-1, 1] with a phase per series, period 40 minutes.</summary>
    private static double Wave(string name, int index, long t)
    {
        var phase = (StableHash(name) % 1000 / 1000.0 + index * 0.17) * 2 * Math.PI;
        return Math.Sin(2 * Math.PI * t / 2400.0 + phase);
    }

    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return hash;
    }

    // Abramowitz-Stegun 7.1.26; plenty for bucket shares.
    private static double Erf(double x)
    {
        var sign = Math.Sign(x);
        x = Math.Abs(x);
        var t = 1 / (1 + 0.3275911 * x);
        var y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.Exp(-x * x);
        return sign * y;
    }

    // Acklam's rational approximation of the standard normal quantile.
    private static double NormalQuantile(double p)
    {
        if (p <= 0) return double.NegativeInfinity;
        if (p >= 1) return double.PositiveInfinity;
        double[] a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
        double[] b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
        double[] c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
        double[] d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
        const double low = 0.02425;
        if (p < low)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }

        if (p > 1 - low)
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }

        var r = p - 0.5;
        var s = r * r;
        return (((((a[0] * s + a[1]) * s + a[2]) * s + a[3]) * s + a[4]) * s + a[5]) * r / (((((b[0] * s + b[1]) * s + b[2]) * s + b[3]) * s + b[4]) * s + 1);
    }
}
