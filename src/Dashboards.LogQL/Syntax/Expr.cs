using Dashboards.LogQL.Printing;

namespace Dashboards.LogQL;

/// <summary>
/// A LogQL query: an immutable syntax tree. The hierarchy is closed: a <see cref="LogExpr"/> (stream selector and
/// pipeline, returns log lines) or a <see cref="MetricExpr"/> (returns samples). Nodes compare structurally;
/// source positions (<see cref="Span"/>) never take part in equality.
/// </summary>
public abstract record Expr
{
    private protected Expr()
    {
    }

    /// <summary>Where the node was parsed from; <see cref="SourceSpan.None"/> for nodes built in code.</summary>
    public SourceSpan Span { get; init; }

    /// <summary>Canonical single-line LogQL.</summary>
    public sealed override string ToString() => LogQLPrinter.Print(this);
}

/// <summary>A log query: <c>{app="api"} |= "error" | json | level="error"</c>.</summary>
public sealed record LogExpr(StreamSelector Selector, EquatableArray<PipelineStage> Pipeline) : Expr
{
    public LogExpr(StreamSelector selector) : this(selector, EquatableArray<PipelineStage>.Empty)
    {
    }

    public LogExpr AddStage(PipelineStage stage) => this with { Pipeline = Pipeline.Add(stage) };
}

/// <summary>A query that returns samples: range and vector aggregations, arithmetic, numbers.</summary>
public abstract record MetricExpr : Expr
{
    private protected MetricExpr()
    {
    }
}

/// <summary>
/// The log lines a range aggregation reads: a log query over a window, optionally unwrapping a label into sample values.
/// Printed <c>{..} | json | unwrap x [5m] offset 1h</c>.
/// </summary>
public sealed record LogRange(LogExpr Log, LokiDuration Range, Unwrap? Unwrap = null, LokiDuration? Offset = null);

/// <summary><c>| unwrap bytes(size) | __error__=""</c>: the label whose values become samples, and filters after it.</summary>
public sealed record Unwrap(string Label, UnwrapConversion Conversion, EquatableArray<LabelFilter> PostFilters)
{
    public Unwrap(string label, UnwrapConversion conversion = UnwrapConversion.None) : this(label, conversion, EquatableArray<LabelFilter>.Empty)
    {
    }
}

/// <summary><c>by (a, b)</c> or <c>without (a, b)</c>.</summary>
public sealed record Grouping(bool Without, EquatableArray<string> Labels);

/// <summary><c>rate({..}[5m])</c>, <c>quantile_over_time(0.99, {..} | unwrap x [5m]) by (y)</c>.</summary>
public sealed record RangeAggregation(RangeOp Op, LogRange Range, double? Parameter = null, Grouping? Grouping = null) : MetricExpr;

/// <summary><c>sum by (x) (...)</c>, <c>topk(10, ...)</c>.</summary>
public sealed record VectorAggregation(VectorOp Op, MetricExpr Inner, double? Parameter = null, Grouping? Grouping = null) : MetricExpr;

/// <summary><c>on (a) group_left (b)</c> / <c>ignoring (a)</c> between two metric queries.</summary>
public sealed record VectorMatching(bool On, EquatableArray<string> Labels, GroupSide Group, EquatableArray<string> Include);

/// <summary><c>a / b</c>, <c>a &gt; bool 10</c>, <c>a / on (x) b</c>.</summary>
public sealed record BinaryExpr(BinaryOp Op, MetricExpr Left, MetricExpr Right, bool ReturnBool = false, VectorMatching? Matching = null) : MetricExpr;

/// <summary><c>label_replace(v, "dst", "$1", "src", "(.*):.*")</c>: sets <c>dst</c> from <c>src</c> where the regex matches.</summary>
public sealed record LabelReplace(MetricExpr Inner, string Destination, string Replacement, string Source, string Regex) : MetricExpr;

/// <summary>A number: <c>3600</c>, <c>-1</c>, <c>0.5</c>.</summary>
public sealed record NumberLiteral(double Value) : MetricExpr;

/// <summary><c>vector(0)</c>: a single sample without labels.</summary>
public sealed record VectorLiteral(double Value) : MetricExpr;
