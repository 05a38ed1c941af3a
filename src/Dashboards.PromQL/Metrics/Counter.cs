namespace Dashboards.PromQL.Metrics;

/// <summary>
/// A monotonic counter, exported as <c>&lt;base&gt;_total</c>. Everyday queries: <see cref="Rate"/>,
/// <c>SumRate</c>, <see cref="Increase"/>.
/// </summary>
public sealed record Counter : MetricDefinition
{
    public Counter(string name, params Label[] labels) : base(name, labels)
    {
    }

    public override MetricKind Kind => MetricKind.Counter;

    /// <summary>The exported series: <c>bots_bot_api_calls_total</c>.</summary>
    public string ExportedName => BaseName.EndsWith("_total", StringComparison.Ordinal) ? BaseName : BaseName + "_total";

    public override IReadOnlyList<SeriesName> Series => [new SeriesName(ExportedName, SeriesRole.Value, this)];

    public InstantVector Selector() => Select(ExportedName);

    public RangeVector Range(PromDuration? range = null) => Selector().Range(Window(range));

    /// <summary><c>rate(x_total[range])</c>, range defaulting to <c>$__rate_interval</c>.</summary>
    public InstantVector Rate(PromDuration? range = null) => Prom.Rate(Range(range));

    public InstantVector IRate(PromDuration? range = null) => Prom.Irate(Range(range));

    /// <summary><c>increase(x_total[range])</c>, range defaulting to <c>$__rate_interval</c>.</summary>
    public InstantVector Increase(PromDuration? range = null) => Prom.Increase(Range(range));

    /// <summary><c>sum by (labels) (rate(x_total[$__rate_interval]))</c>.</summary>
    public InstantVector SumRate(params string[] by) => SumBy(Rate(), by);

    /// <summary><c>sum by (labels) (rate(x_total[range]))</c>, e.g. with a fixed range for rule files.</summary>
    public InstantVector SumRate(PromDuration range, params string[] by) => SumBy(Rate(range), by);

    /// <summary><c>sum by (labels) (increase(x_total[range]))</c>.</summary>
    public InstantVector SumIncrease(PromDuration range, params string[] by) => SumBy(Increase(range), by);
}

/// <summary>A gauge: a value that goes up and down, exported under its base name.</summary>
public sealed record Gauge : MetricDefinition
{
    public Gauge(string name, params Label[] labels) : base(name, labels)
    {
    }

    public override MetricKind Kind => MetricKind.Gauge;

    public string ExportedName => BaseName;

    public override IReadOnlyList<SeriesName> Series => [new SeriesName(ExportedName, SeriesRole.Value, this)];

    public InstantVector Selector() => Select(ExportedName);

    public RangeVector Range(PromDuration? range = null) => Selector().Range(Window(range));

    /// <summary><c>sum by (labels) (x)</c>.</summary>
    public InstantVector Sum(params string[] by) => SumBy(Selector(), by);

    /// <summary><c>avg_over_time(x[range])</c>.</summary>
    public InstantVector AvgOverTime(PromDuration? range = null) => Prom.AvgOverTime(Range(range));

    /// <summary><c>max_over_time(x[range])</c>.</summary>
    public InstantVector MaxOverTime(PromDuration? range = null) => Prom.MaxOverTime(Range(range));
}
