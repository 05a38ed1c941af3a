using System.Collections.Immutable;

namespace Dashboards.PromQL.Metrics;

/// <summary>Which exported series of a metric a name refers to.</summary>
public enum SeriesRole
{
    /// <summary>A gauge's only series, a counter's <c>_total</c>, a summary's quantile series.</summary>
    Value,
    Bucket,
    Sum,
    Count,
}

/// <summary>One exported series name of a metric, e.g. <c>bots_bot_response_time_seconds_bucket</c> (role Bucket).</summary>
public sealed record SeriesName(string Name, SeriesRole Role, MetricDefinition Metric);

/// <summary>
/// A metric as instrumented (OpenTelemetry style <c>bot.api_calls</c> or Prometheus style <c>http_requests_total</c>)
/// and as exported to Prometheus (namespace prefix, unit suffix, <c>_total</c>, <c>_bucket/_sum/_count</c>).
/// Immutable; <see cref="MetricFilters.Where{T}"/> gives a copy whose selectors carry label matchers.
/// </summary>
public abstract record MetricDefinition
{
    private protected MetricDefinition(string name, Label[] labels)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Labels = EquatableArray.Create(labels);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in labels)
        {
            if (!seen.Add(l.Name)) throw new ArgumentException($"Label '{l.Name}' is declared twice on metric '{name}'.", nameof(labels));
        }
    }

    /// <summary>The instrument name as declared (dots allowed: <c>bot.api_calls</c>).</summary>
    public string Name { get; }

    public abstract MetricKind Kind { get; }

    /// <summary>OpenTelemetry unit (<c>s</c>, <c>By</c>, <c>1</c>, <c>{tokens}</c>); adds a suffix such as <c>_seconds</c> to the exported name.</summary>
    public string? Unit { get; init; }

    public string? Help { get; init; }

    /// <summary>Prefix added by the exporter or collector (<c>bots</c> gives <c>bots_...</c>); set by <see cref="MetricCatalog"/>.</summary>
    public string? Namespace { get; init; }

    /// <summary>Declared labels (plus the catalog's common labels once added to a catalog).</summary>
    public EquatableArray<Label> Labels { get; init; }

    /// <summary>Matchers every selector built from this definition carries (see <see cref="MetricFilters"/>).</summary>
    public EquatableArray<LabelMatcher> Matchers { get; init; } = EquatableArray<LabelMatcher>.Empty;

    /// <summary>The exported name without type suffixes: namespace, sanitized name, unit suffix.</summary>
    public string BaseName
    {
        get
        {
            var raw = Namespace is null ? Name : Namespace + "_" + Name;
            var name = PromNames.Sanitize(raw);
            var suffix = PromNames.UnitSuffix(Unit);
            if (suffix is not null && !name.EndsWith("_" + suffix, StringComparison.Ordinal) && !name.Contains("_" + suffix + "_", StringComparison.Ordinal))
            {
                // A counter named x_total keeps _total last: x_seconds_total.
                if (this is Counter && name.EndsWith("_total", StringComparison.Ordinal)) name = name[..^"_total".Length] + "_" + suffix + "_total";
                else name += "_" + suffix;
            }
            return name;
        }
    }

    /// <summary>Every series name the metric exports, with its role.</summary>
    public abstract IReadOnlyList<SeriesName> Series { get; }

    /// <summary>Just the exported series names.</summary>
    public IEnumerable<string> SeriesNames => Series.Select(s => s.Name);

    /// <summary>Labels with implicit ones (<c>le</c> on buckets, <c>quantile</c> on summaries) not included.</summary>
    public Label? FindLabel(string name)
    {
        foreach (var l in Labels)
        {
            if (l.Name == name) return l;
        }
        return null;
    }

    /// <summary>A selector for one exported series, with this definition's matchers.</summary>
    protected InstantVector Select(string seriesName)
    {
        var selector = new VectorSelector(seriesName, Matchers);
        return InstantVector.From(selector);
    }

    internal virtual bool IsImplicitLabel(string label) => label is "job" or "instance";

    internal MetricDefinition AddMatcher(LabelMatcher matcher)
    {
        if (!IsImplicitLabel(matcher.Name) && FindLabel(matcher.Name) is null)
        {
            var known = Labels.IsEmpty ? "none" : string.Join(", ", Labels.Select(l => l.Name));
            throw new ArgumentException($"Label '{matcher.Name}' is not declared on metric '{Name}' (declared: {known}).", nameof(matcher));
        }
        return this with { Matchers = Matchers.Add(matcher) };
    }

    internal MetricDefinition InCatalog(string? @namespace, EquatableArray<Label> commonLabels)
    {
        var labels = ImmutableArray.CreateBuilder<Label>();
        labels.AddRange(Labels);
        foreach (var common in commonLabels)
        {
            if (FindLabel(common.Name) is null) labels.Add(common);
        }
        return this with { Namespace = Namespace ?? @namespace, Labels = labels.ToImmutable() };
    }

    private protected PromDuration Window(PromDuration? range) => range ?? PromDuration.RateInterval;

    private protected static InstantVector SumBy(InstantVector v, string[] by) =>
        by.Length == 0 ? Prom.Sum(v) : Prom.Sum(v).By(by);

    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} {Name} -> {string.Join(", ", SeriesNames)}";
}
