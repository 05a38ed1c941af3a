namespace Dashboards.PromQL.Metrics;

/// <summary>
/// A classic histogram: series <c>_bucket</c> (with <c>le</c>), <c>_sum</c> and <c>_count</c>.
/// Everyday queries: <c>Quantile</c>, <c>Average</c>, <see cref="CountRate"/>.
/// </summary>
public sealed record Histogram : MetricDefinition
{
    public Histogram(string name, params Label[] labels) : base(name, labels)
    {
        foreach (var l in labels)
        {
            if (l.Name == "le") throw new ArgumentException($"Histogram '{name}' must not declare 'le': the bucket series carry it implicitly.", nameof(labels));
        }
    }

    public override MetricKind Kind => MetricKind.Histogram;

    /// <summary>
    /// Upper bounds of the buckets as instrumented (ascending, without +Inf), e.g. <c>[0.01, 0.05, 0.1, 0.5, 1, 5]</c>;
    /// empty when unknown. Used to generate test data and to document the metric.
    /// </summary>
    public EquatableArray<double> Buckets
    {
        get => _buckets;
        init
        {
            for (var i = 0; i < value.Count; i++)
            {
                if (double.IsNaN(value[i]) || double.IsInfinity(value[i]) || (i > 0 && value[i] <= value[i - 1]))
                    throw new ArgumentException($"Histogram '{Name}' buckets must be finite and strictly ascending (+Inf is implicit): [{string.Join(", ", value)}].", nameof(Buckets));
            }
            _buckets = value;
        }
    }

    private readonly EquatableArray<double> _buckets = EquatableArray<double>.Empty;

    public string BucketName => BaseName + "_bucket";

    public string SumName => BaseName + "_sum";

    public string CountName => BaseName + "_count";

    public override IReadOnlyList<SeriesName> Series =>
        [new SeriesName(BucketName, SeriesRole.Bucket, this), new SeriesName(SumName, SeriesRole.Sum, this), new SeriesName(CountName, SeriesRole.Count, this)];

    internal override bool IsImplicitLabel(string label) => label == "le" || base.IsImplicitLabel(label);

    public InstantVector Bucket() => Select(BucketName);

    public InstantVector Sum() => Select(SumName);

    public InstantVector Count() => Select(CountName);

    /// <summary>
    /// <c>histogram_quantile(q, sum by (le, labels) (rate(x_bucket[range])))</c>; <c>le</c> is always kept.
    /// </summary>
    public InstantVector Quantile(double quantile, params string[] by) => Quantile(quantile, null, by);

    public InstantVector Quantile(double quantile, PromDuration? range, params string[] by)
    {
        if (quantile is < 0 or > 1 || double.IsNaN(quantile))
            throw new ArgumentOutOfRangeException(nameof(quantile), quantile, "A quantile is between 0 and 1 (e.g. 0.95).");
        var grouping = new List<string>(by.Length + 1) { "le" };
        foreach (var b in by)
        {
            if (b != "le") grouping.Add(b);
        }
        var buckets = Prom.Sum(Prom.Rate(Bucket().Range(Window(range)))).By([.. grouping]);
        return Prom.HistogramQuantile(quantile, buckets);
    }

    /// <summary><c>sum by (labels) (rate(x_sum[range])) / sum by (labels) (rate(x_count[range]))</c>: mean observation.</summary>
    public InstantVector Average(params string[] by) => Average(null, by);

    public InstantVector Average(PromDuration? range, params string[] by) =>
        SumBy(Prom.Rate(Sum().Range(Window(range))), by) / SumBy(Prom.Rate(Count().Range(Window(range))), by);

    /// <summary><c>sum by (labels) (rate(x_count[$__rate_interval]))</c>: observations per second.</summary>
    public InstantVector CountRate(params string[] by) => SumBy(Prom.Rate(Count().Range(PromDuration.RateInterval)), by);
}

/// <summary>A summary: quantile series (label <c>quantile</c>) plus <c>_sum</c> and <c>_count</c>.</summary>
public sealed record Summary : MetricDefinition
{
    public Summary(string name, params Label[] labels) : base(name, labels)
    {
    }

    public override MetricKind Kind => MetricKind.Summary;

    /// <summary>Quantiles the client computes (e.g. <c>[0.5, 0.9, 0.99]</c>); empty when unknown.</summary>
    public EquatableArray<double> Quantiles { get; init; } = EquatableArray<double>.Empty;

    public string ExportedName => BaseName;

    public string SumName => BaseName + "_sum";

    public string CountName => BaseName + "_count";

    public override IReadOnlyList<SeriesName> Series =>
        [new SeriesName(ExportedName, SeriesRole.Value, this), new SeriesName(SumName, SeriesRole.Sum, this), new SeriesName(CountName, SeriesRole.Count, this)];

    internal override bool IsImplicitLabel(string label) => label == "quantile" || base.IsImplicitLabel(label);

    /// <summary><c>x{quantile="0.95"}</c>: the client-side quantile series.</summary>
    public InstantVector Quantile(double quantile) =>
        Select(ExportedName).Where("quantile", Printing.PromQLPrinter.FormatNumber(quantile));

    public InstantVector Sum() => Select(SumName);

    public InstantVector Count() => Select(CountName);

    /// <summary><c>sum by (labels) (rate(x_sum[range])) / sum by (labels) (rate(x_count[range]))</c>.</summary>
    public InstantVector Average(params string[] by) =>
        SumBy(Prom.Rate(Sum().Range(PromDuration.RateInterval)), by) / SumBy(Prom.Rate(Count().Range(PromDuration.RateInterval)), by);
}
