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

/// <summary>
/// A label and the values series get for it. Empty values mean "make some up". Labels are crossed with each other
/// (every combination gets a series) unless <see cref="Crossed"/> is false: then series take its values in turn
/// (for target labels such as <c>instance</c>, which would only multiply the data).
/// </summary>
public sealed record SyntheticLabel(string Name, IReadOnlyList<string> Values)
{
    public SyntheticLabel(string name, params string[] values) : this(name, (IReadOnlyList<string>)values) { }

    public bool Crossed { get; init; } = true;
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

/// <summary>
/// The time window of generated data: samples every <see cref="Step"/> from <see cref="DenseFrom"/> to <see cref="End"/>
/// (a scrape interval), and every <see cref="CoarseStep"/> before that back to <see cref="Start"/> (older history that
/// only long-range panels read, kept sparse so the data stays small).
/// </summary>
public sealed record DataWindow(DateTimeOffset Start, DateTimeOffset End, TimeSpan Step)
{
    /// <summary>Where the dense part starts; <see cref="Start"/> unless the window has a coarse history.</summary>
    public DateTimeOffset DenseFrom { get; init; } = Start;

    public TimeSpan CoarseStep { get; init; } = Step;

    /// <summary>A dense window of <paramref name="length"/> ending at <paramref name="end"/> (rounded down to whole seconds).</summary>
    public static DataWindow Ending(DateTimeOffset end, TimeSpan length, TimeSpan step)
    {
        var endSeconds = end.ToUnixTimeSeconds();
        return new DataWindow(DateTimeOffset.FromUnixTimeSeconds(endSeconds - (long)length.TotalSeconds), DateTimeOffset.FromUnixTimeSeconds(endSeconds), step);
    }

    /// <summary>
    /// <paramref name="denseLength"/> of samples every <paramref name="step"/> ending at <paramref name="end"/>, preceded
    /// by samples every <paramref name="coarseStep"/> back to <paramref name="totalLength"/> (if longer).
    /// </summary>
    public static DataWindow Ending(DateTimeOffset end, TimeSpan denseLength, TimeSpan step, TimeSpan totalLength, TimeSpan coarseStep)
    {
        var dense = Ending(end, denseLength, step);
        if (totalLength <= denseLength) return dense;
        var coarseSeconds = (long)coarseStep.TotalSeconds;
        var startSeconds = dense.End.ToUnixTimeSeconds() - (long)totalLength.TotalSeconds;
        startSeconds -= ((startSeconds % coarseSeconds) + coarseSeconds) % coarseSeconds;
        return dense with { Start = DateTimeOffset.FromUnixTimeSeconds(startSeconds), DenseFrom = dense.Start, CoarseStep = coarseStep };
    }

    public IEnumerable<long> TimestampsSeconds()
    {
        var step = (long)Step.TotalSeconds;
        var coarse = (long)CoarseStep.TotalSeconds;
        if (step <= 0 || coarse <= 0) throw new InvalidOperationException($"Data steps must be at least one second, not {Step} / {CoarseStep}.");
        var denseFrom = DenseFrom.ToUnixTimeSeconds();
        var t = Start.ToUnixTimeSeconds();
        for (; t < denseFrom; t += coarse) yield return t;
        for (t = denseFrom; t <= End.ToUnixTimeSeconds(); t += step) yield return t;
    }
}

/// <summary>What a generator run wrote.</summary>
public sealed record GenerationSummary(int Metrics, int Series, long Samples);
