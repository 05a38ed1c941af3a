using System.Collections;

namespace Dashboards.PromQL.Metrics;

/// <summary>
/// The metrics of one application, with the namespace prefix its exporter adds and labels every metric carries.
/// Enumerable (all metrics, their kind, exported series, labels and known values), and the source of the checker's lints.
/// <code>
/// public static readonly MetricCatalog Catalog = new("bots");
/// public static readonly Counter ApiCalls = Catalog.Add(new Counter("bot.api_calls", new Label("provider", "anthropic", "openai")));
/// // ApiCalls.ExportedName == "bots_bot_api_calls_total"
/// </code>
/// </summary>
public sealed class MetricCatalog : IEnumerable<MetricDefinition>
{
    private readonly List<MetricDefinition> _metrics = [];
    private readonly Dictionary<string, SeriesName> _series = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public MetricCatalog(string? @namespace = null, params Label[] commonLabels)
    {
        if (@namespace is not null && !PromNames.IsValidMetricName(PromNames.Sanitize(@namespace)))
            throw new ArgumentException($"'{@namespace}' cannot prefix a metric name.", nameof(@namespace));
        Namespace = @namespace;
        CommonLabels = EquatableArray.Create(commonLabels);
    }

    /// <summary>Prefix of every exported name (<c>bots</c> gives <c>bots_...</c>), or null.</summary>
    public string? Namespace { get; }

    /// <summary>Labels every metric in the catalog carries (e.g. <c>service_name</c>, <c>job</c>).</summary>
    public EquatableArray<Label> CommonLabels { get; }

    public int Count => _metrics.Count;

    /// <summary>Adds a definition, applying the namespace and common labels; returns the definition to keep in a field.</summary>
    public T Add<T>(T metric) where T : MetricDefinition
    {
        ArgumentNullException.ThrowIfNull(metric);
        var added = (T)metric.InCatalog(Namespace, CommonLabels);
        lock (_lock)
        {
            foreach (var s in added.Series)
            {
                if (_series.TryGetValue(s.Name, out var existing))
                    throw new ArgumentException($"Series '{s.Name}' of metric '{added.Name}' clashes with metric '{existing.Metric.Name}' in the catalog.", nameof(metric));
            }
            foreach (var s in added.Series) _series[s.Name] = s;
            _metrics.Add(added);
        }
        return added;
    }

    public Counter Counter(string name, params Label[] labels) => Add(new Counter(name, labels));

    public Gauge Gauge(string name, params Label[] labels) => Add(new Gauge(name, labels));

    public Histogram Histogram(string name, string? unit, params Label[] labels) => Add(new Histogram(name, labels) { Unit = unit });

    public Summary Summary(string name, string? unit, params Label[] labels) => Add(new Summary(name, labels) { Unit = unit });

    /// <summary>Finds which metric (and which of its series) an exported series name belongs to.</summary>
    public bool TryResolve(string seriesName, out SeriesName series)
    {
        lock (_lock) return _series.TryGetValue(seriesName, out series!);
    }

    /// <summary>All exported series names, in the order metrics were added.</summary>
    public IEnumerable<SeriesName> AllSeries => this.SelectMany(m => m.Series);

    public IEnumerator<MetricDefinition> GetEnumerator()
    {
        lock (_lock) return _metrics.ToList().GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Label filters on metric definitions: each returns a copy whose selectors carry the matcher.</summary>
public static class MetricFilters
{
    /// <summary><c>label="value"</c> on every selector built from the metric; the label must be declared.</summary>
    public static T Where<T>(this T metric, string label, string value) where T : MetricDefinition =>
        (T)metric.AddMatcher(LabelMatcher.Equal(label, value));

    public static T Not<T>(this T metric, string label, string value) where T : MetricDefinition =>
        (T)metric.AddMatcher(LabelMatcher.NotEqual(label, value));

    /// <summary><c>label=~"regex"</c>, e.g. <c>.Matches("provider", "$provider")</c> for a Grafana multi-value variable.</summary>
    public static T Matches<T>(this T metric, string label, string regex) where T : MetricDefinition =>
        (T)metric.AddMatcher(LabelMatcher.Regex(label, regex));

    public static T NotMatches<T>(this T metric, string label, string regex) where T : MetricDefinition =>
        (T)metric.AddMatcher(LabelMatcher.NotRegex(label, regex));
}

/// <summary>Everyday query shapes built from metric definitions.</summary>
public static class MetricPatterns
{
    /// <summary><c>sum by (labels) (rate(a[$__rate_interval])) / sum by (labels) (rate(b[$__rate_interval]))</c>, e.g. error ratio.</summary>
    public static InstantVector RatioOfRates(Counter numerator, Counter denominator, params string[] by) =>
        numerator.SumRate(by) / denominator.SumRate(by);

    /// <summary>As <see cref="RatioOfRates(Counter, Counter, string[])"/> with a fixed range (rule files cannot use Grafana variables).</summary>
    public static InstantVector RatioOfRates(Counter numerator, Counter denominator, PromDuration range, params string[] by) =>
        numerator.SumRate(range, by) / denominator.SumRate(range, by);

    /// <summary><c>topk(k, v)</c></summary>
    public static InstantVector TopK(int k, InstantVector vector) => Prom.TopK(k, vector);
}
