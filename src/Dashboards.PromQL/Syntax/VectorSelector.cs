namespace Dashboards.PromQL;

/// <summary>
/// An instant vector selector: <c>metric{label="value"} offset 5m @ end()</c>. The metric name is optional
/// (<c>{__name__=~"x.*"}</c>); the matchers exclude the metric name.
/// </summary>
public sealed record VectorSelector : Expr
{
    public VectorSelector(string? metricName, EquatableArray<LabelMatcher> matchers = default, PromDuration? offset = null, AtModifier? at = null)
    {
        if (metricName is not null) ValidateMetricName(metricName);
        MetricName = metricName;
        Matchers = matchers;
        Offset = offset;
        At = at;
    }

    /// <summary>For the parser: the lexer already guarantees a usable name.</summary>
    internal VectorSelector(string? metricName, EquatableArray<LabelMatcher> matchers, bool trusted)
    {
        MetricName = metricName;
        Matchers = matchers;
    }

    public string? MetricName { get; init; }

    public EquatableArray<LabelMatcher> Matchers { get; init; }

    /// <summary>The <c>offset</c> modifier; may be negative.</summary>
    public PromDuration? Offset { get; init; }

    public AtModifier? At { get; init; }

    /// <summary>The <c>anchored</c> or <c>smoothed</c> modifier (Prometheus 3.7+, <c>promql-extended-range-selectors</c>).</summary>
    public RangeExtension Extension { get; init; }

    public override PromType Type => PromType.InstantVector;

    // The printed name and matchers, kept after the first print: builder chains share selector nodes between panels (see
    // InstantVector), and a selector is most of a query's printing. Valid only while the name and matcher list are the
    // very objects it was printed from, so a `with` copy that changes either does not reuse it. One immutable object
    // behind one reference, so a thread never sees half of an entry. Never part of equality.
    private PrintedSlot _printedCore;

    internal string? PrintedCore
    {
        get => _printedCore.Entry is { } entry && ReferenceEquals(entry.Name, MetricName) && ReferenceEquals(entry.Matchers, MatcherArray) ? entry.Text : null;
        set => _printedCore = new PrintedSlot(value is null ? null : new PrintedText(MetricName, MatcherArray, value));
    }

    private LabelMatcher[]? MatcherArray => System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(Matchers.AsImmutableArray());

    private sealed record PrintedText(string? Name, LabelMatcher[]? Matchers, string Text);

    /// <summary>Holds the cache entry; equal to every other slot, so it never changes a selector's equality or hash.</summary>
    private readonly struct PrintedSlot(PrintedText? entry) : IEquatable<PrintedSlot>
    {
        public PrintedText? Entry => entry;

        public bool Equals(PrintedSlot other) => true;

        public override bool Equals(object? obj) => obj is PrintedSlot;

        public override int GetHashCode() => 0;
    }

    /// <summary>
    /// Any non-empty name is a metric name since Prometheus 3.0 (UTF-8 names). One that is not a classic name
    /// ([a-zA-Z_:][a-zA-Z0-9_:]*) or that reads as a keyword or number is printed quoted: <c>{"http.server.duration"}</c>.
    /// </summary>
    public static void ValidateMetricName(string metricName)
    {
        if (string.IsNullOrEmpty(metricName))
            throw new ArgumentException("A metric name must not be empty.", nameof(metricName));
        if (Parsing.StringLiterals.HasLoneSurrogate(metricName))
            throw new ArgumentException($"'{metricName}' is not valid UTF-8 text.", nameof(metricName));
    }

    /// <summary>True when the name can stand bare (<c>up</c>); false when it must be quoted (<c>{"a.b"}</c>, <c>{"on"}</c>).</summary>
    public static bool IsBareMetricName(string metricName) => Metrics.PromNames.IsValidMetricName(metricName) && !IsReservedWord(metricName);

    /// <summary>
    /// Prometheus reads and/or/unless/by/without/offset and aggregation names as metric names where an expression
    /// starts; the keywords on, ignoring, bool, group_left, group_right, atan2 and the number words inf, nan never
    /// (any letter case). Dispatching on the length first keeps the usual long metric names away from any comparison.
    /// </summary>
    private static bool IsReservedWord(string name) => name.Length switch
    {
        2 => name.Equals("on", StringComparison.OrdinalIgnoreCase),
        3 => name.Equals("inf", StringComparison.OrdinalIgnoreCase) || name.Equals("nan", StringComparison.OrdinalIgnoreCase),
        4 => name.Equals("bool", StringComparison.OrdinalIgnoreCase),
        5 => name.Equals("atan2", StringComparison.OrdinalIgnoreCase),
        8 => name.Equals("ignoring", StringComparison.OrdinalIgnoreCase),
        10 => name.Equals("group_left", StringComparison.OrdinalIgnoreCase),
        11 => name.Equals("group_right", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    public VectorSelector WithMetricName(string? metricName) => this with { MetricName = metricName };

    public VectorSelector AddMatcher(LabelMatcher matcher) => this with { Matchers = Matchers.Add(matcher) };

    public VectorSelector WithMatchers(EquatableArray<LabelMatcher> matchers) => this with { Matchers = matchers };

    public VectorSelector WithOffset(PromDuration? offset) => this with { Offset = offset };

    public VectorSelector WithAt(AtModifier? at) => this with { At = at };

    public VectorSelector WithExtension(RangeExtension extension) => this with { Extension = extension };
}

/// <summary>The extended range selector modifiers: <c>x[5m] anchored</c>, <c>x[5m] smoothed</c>.</summary>
public enum RangeExtension
{
    None,
    Anchored,
    Smoothed,
}

/// <summary>A range vector selector: <c>metric{...}[5m]</c>. Offset and @ stay on the inner selector, as in Prometheus.</summary>
public sealed record MatrixSelector(VectorSelector Selector, PromDuration Range) : Expr
{
    public override PromType Type => PromType.RangeVector;

    public MatrixSelector WithSelector(VectorSelector selector) => this with { Selector = selector };

    public MatrixSelector WithRange(PromDuration range) => this with { Range = range };
}

/// <summary>A subquery: <c>expr[range:step] offset d @ t</c>. The step is optional.</summary>
public sealed record Subquery(Expr Inner, PromDuration Range, PromDuration? Step = null, PromDuration? Offset = null, AtModifier? At = null) : Expr
{
    public override PromType Type => PromType.RangeVector;

    public Subquery WithInner(Expr inner) => this with { Inner = inner };

    public Subquery WithRange(PromDuration range) => this with { Range = range };

    public Subquery WithStep(PromDuration? step) => this with { Step = step };

    public Subquery WithOffset(PromDuration? offset) => this with { Offset = offset };

    public Subquery WithAt(AtModifier? at) => this with { At = at };
}
