namespace Dashboards.Testing.SyntheticData;

/// <summary>What kind of series a metric has (decides the OpenMetrics type and the sample shape).</summary>
public enum SyntheticMetricKind
{
    /// <summary>A monotonically increasing value.</summary>
    Counter,

    /// <summary>A value that goes up and down.</summary>
    Gauge,

    /// <summary><c>_bucket</c> (with <c>le</c>), <c>_sum</c> and <c>_count</c> series.</summary>
    Histogram,

    /// <summary>Quantile series (with <c>quantile</c>), <c>_sum</c> and <c>_count</c>.</summary>
    Summary,
}

/// <summary>A label and the values series get for it. Empty values mean "make some up".</summary>
public sealed record SyntheticLabel(string Name, IReadOnlyList<string> Values)
{
    public SyntheticLabel(string name, params string[] values) : this(name, (IReadOnlyList<string>)values) { }
}

/// <summary>
/// A metric to generate data for, independent of any SDK type (the SDK's catalogs are mapped onto this by the tests).
/// <see cref="Name"/> is the name queries use: a counter's full name (usually ending in <c>_total</c>), a histogram's
/// or summary's base name (without <c>_bucket</c>/<c>_sum</c>/<c>_count</c>).
/// </summary>
public sealed record SyntheticMetric(string Name, SyntheticMetricKind Kind, IReadOnlyList<SyntheticLabel> Labels)
{
    /// <summary>Histogram bucket upper bounds without +Inf; null picks defaults from the metric's unit suffix.</summary>
    public IReadOnlyList<double>? Buckets { get; init; }

    /// <summary>Summary quantiles; null means 0.5, 0.9, 0.99.</summary>
    public IReadOnlyList<double>? Quantiles { get; init; }

    public string? Help { get; init; }
}

/// <summary>The time window of generated data: samples every <see cref="Step"/> from <see cref="Start"/> to <see cref="End"/>.</summary>
public sealed record DataWindow(DateTimeOffset Start, DateTimeOffset End, TimeSpan Step)
{
    /// <summary>A window of <paramref name="length"/> ending at <paramref name="end"/> (rounded down to whole seconds).</summary>
    public static DataWindow Ending(DateTimeOffset end, TimeSpan length, TimeSpan step)
    {
        var endSeconds = end.ToUnixTimeSeconds();
        return new DataWindow(DateTimeOffset.FromUnixTimeSeconds(endSeconds - (long)length.TotalSeconds), DateTimeOffset.FromUnixTimeSeconds(endSeconds), step);
    }

    public IEnumerable<long> TimestampsSeconds()
    {
        var step = (long)Step.TotalSeconds;
        if (step <= 0) throw new InvalidOperationException($"The data step must be at least one second, not {Step}.");
        for (var t = Start.ToUnixTimeSeconds(); t <= End.ToUnixTimeSeconds(); t += step) yield return t;
    }
}

/// <summary>What a generator run wrote.</summary>
public sealed record GenerationSummary(int Metrics, int Series, long Samples);
