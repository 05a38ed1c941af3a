using Dashboards.PromQL.Parsing;

namespace Dashboards.PromQL;

/// <summary>
/// A typed PromQL expression. The four sealed subclasses (<see cref="InstantVector"/>, <see cref="RangeVector"/>,
/// <see cref="Scalar"/>, <see cref="StringExpr"/>) let the C# compiler reject what Prometheus would reject,
/// e.g. <c>Prom.Rate(instantVector)</c>. <see cref="ToString"/> is the canonical query text.
/// </summary>
public abstract class PromQLExpr : IEquatable<PromQLExpr>
{
    private protected PromQLExpr(Expr syntax, PromType expected)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        if (syntax.Type != expected)
            throw new ArgumentException($"Expected an expression of type {expected.DisplayName()}, got {syntax.Type.DisplayName()}: {syntax}", nameof(syntax));
        _syntax = syntax;
    }

    /// <summary>For a vector selector whose tree <see cref="BuildSyntax"/> builds when it is first needed.</summary>
    private protected PromQLExpr()
    {
    }

    // Set once: by the constructor, or on first read for a deferred selector (see InstantVector.Where). Two threads
    // racing on the first read build equal trees, and either is fine to keep.
    private Expr? _syntax;

    /// <summary>The untyped syntax tree.</summary>
    public Expr Syntax => _syntax ?? (_syntax = BuildSyntax());

    /// <summary>Builds the tree of an expression created without one; only deferred selectors do that.</summary>
    private protected virtual Expr BuildSyntax() => throw new InvalidOperationException("This expression has no syntax tree.");

    /// <summary>The tree if it is already built, else null (no building).</summary>
    private protected Expr? BuiltSyntax => _syntax;

    public PromType Type => Syntax.Type;

    /// <summary>Parses text into the typed wrapper matching its type.</summary>
    public static PromQLExpr Parse(string text) => Wrap(PromQLParser.Parse(text));

    /// <summary>Wraps a syntax tree in the typed class for its type.</summary>
    public static PromQLExpr Wrap(Expr syntax) => syntax.Type switch
    {
        PromType.InstantVector => new InstantVector(syntax),
        PromType.RangeVector => new RangeVector(syntax),
        PromType.Scalar => new Scalar(syntax),
        PromType.String => new StringExpr(syntax),
        _ => throw new ArgumentOutOfRangeException(nameof(syntax)),
    };

    public override string ToString() => Syntax.ToString();

    /// <summary>Multi-line form for long queries.</summary>
    public string ToPrettyString(int maxLineWidth = 100) => Syntax.ToPrettyString(maxLineWidth);

    public bool Equals(PromQLExpr? other) => other is not null && Syntax.Equals(other.Syntax);

    public override bool Equals(object? obj) => obj is PromQLExpr other && Equals(other);

    public override int GetHashCode() => Syntax.GetHashCode();

    private protected static T ParseAs<T>(string text, PromType type, Func<Expr, T> wrap)
    {
        var syntax = PromQLParser.Parse(text);
        if (syntax.Type != type)
            throw new PromQLParseException($"expected an expression of type {type.DisplayName()}, got {syntax.Type.DisplayName()}", 1, 1, 0, type.DisplayName(), text);
        return wrap(syntax);
    }
}

/// <summary>A scalar: a number, <c>scalar(v)</c>, <c>time()</c>, arithmetic of scalars. Converts from <see cref="double"/>.</summary>
public sealed class Scalar : PromQLExpr
{
    internal Scalar(Expr syntax) : base(syntax, PromType.Scalar)
    {
    }

    public static Scalar From(Expr syntax) => new(syntax);

    public static new Scalar Parse(string text) => ParseAs(text, PromType.Scalar, e => new Scalar(e));

    public static implicit operator Scalar(double value) => new(new NumberLiteral(value));

    /// <summary>
    /// A dashboard variable that holds a number, e.g. <c>Prom.TopK(Scalar.Variable("k"), v)</c> → <c>topk($k, v)</c>.
    /// Takes <c>k</c>, <c>$k</c>, <c>${k}</c> or <c>[[k]]</c>.
    /// </summary>
    public static Scalar Variable(string variable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(variable);
        return new(new NumberVariable(PromDuration.IsVariableSyntax(variable) ? variable : "$" + variable));
    }

    /// <summary>Grafana's <c>$__range_s</c>: the dashboard's time range in seconds, e.g. <c>increase(x[$__range]) / $__range_s</c>.</summary>
    public static Scalar RangeSeconds { get; } = new(new NumberVariable("$" + GrafanaVariables.RangeSeconds));

    /// <summary>Grafana's <c>$__range_ms</c>: the dashboard's time range in milliseconds.</summary>
    public static Scalar RangeMilliseconds { get; } = new(new NumberVariable("$" + GrafanaVariables.RangeMilliseconds));

    /// <summary>Grafana's <c>$__interval_ms</c>: the step between points in milliseconds.</summary>
    public static Scalar IntervalMilliseconds { get; } = new(new NumberVariable("$" + GrafanaVariables.IntervalMilliseconds));

    /// <summary>Grafana's <c>$__rate_interval_ms</c>: <c>$__rate_interval</c> in milliseconds.</summary>
    public static Scalar RateIntervalMilliseconds { get; } = new(new NumberVariable("$" + GrafanaVariables.RateIntervalMilliseconds));

    public static Scalar operator +(Scalar a, Scalar b) => Bin(BinaryOp.Add, a, b);

    public static Scalar operator -(Scalar a, Scalar b) => Bin(BinaryOp.Subtract, a, b);

    public static Scalar operator *(Scalar a, Scalar b) => Bin(BinaryOp.Multiply, a, b);

    public static Scalar operator /(Scalar a, Scalar b) => Bin(BinaryOp.Divide, a, b);

    public static Scalar operator %(Scalar a, Scalar b) => Bin(BinaryOp.Modulo, a, b);

    public static Scalar operator -(Scalar a) =>
        a.Syntax is NumberLiteral n ? new Scalar(new NumberLiteral(-n.Value)) : new Scalar(new UnaryExpr(UnaryOp.Minus, a.Syntax));

    public Scalar Pow(Scalar exponent) => Bin(BinaryOp.Power, this, exponent);

    public Scalar Atan2(Scalar other) => Bin(BinaryOp.Atan2, this, other);

    public InstantVector Pow(InstantVector exponent) => InstantVector.Bin(BinaryOp.Power, Syntax, exponent.Syntax);

    // Comparisons between scalars always need bool in PromQL, so these always set it.
    public Scalar GreaterThan(Scalar other) => Cmp(BinaryOp.Greater, other);

    public Scalar GreaterOrEqual(Scalar other) => Cmp(BinaryOp.GreaterOrEqual, other);

    public Scalar LessThan(Scalar other) => Cmp(BinaryOp.Less, other);

    public Scalar LessOrEqual(Scalar other) => Cmp(BinaryOp.LessOrEqual, other);

    public Scalar EqualTo(Scalar other) => Cmp(BinaryOp.Equal, other);

    public Scalar NotEqualTo(Scalar other) => Cmp(BinaryOp.NotEqual, other);

    private Scalar Cmp(BinaryOp op, Scalar other) => new(new BinaryExpr(op, Syntax, other.Syntax, ReturnBool: true));

    // Scalar on the left, vector on the right: filters the vector (or 0/1 with returnBool).
    public InstantVector GreaterThan(InstantVector other, bool returnBool = false) => VecCmp(BinaryOp.Greater, other, returnBool);

    public InstantVector GreaterOrEqual(InstantVector other, bool returnBool = false) => VecCmp(BinaryOp.GreaterOrEqual, other, returnBool);

    public InstantVector LessThan(InstantVector other, bool returnBool = false) => VecCmp(BinaryOp.Less, other, returnBool);

    public InstantVector LessOrEqual(InstantVector other, bool returnBool = false) => VecCmp(BinaryOp.LessOrEqual, other, returnBool);

    public InstantVector EqualTo(InstantVector other, bool returnBool = false) => VecCmp(BinaryOp.Equal, other, returnBool);

    public InstantVector NotEqualTo(InstantVector other, bool returnBool = false) => VecCmp(BinaryOp.NotEqual, other, returnBool);

    public InstantVector Atan2(InstantVector other) => InstantVector.Bin(BinaryOp.Atan2, Syntax, other.Syntax);

    private InstantVector VecCmp(BinaryOp op, InstantVector other, bool returnBool) => InstantVector.From(new BinaryExpr(op, Syntax, other.Syntax, returnBool));

    private static Scalar Bin(BinaryOp op, Scalar a, Scalar b) => new(new BinaryExpr(op, a.Syntax, b.Syntax));
}

/// <summary>A string expression (only useful as a function or aggregation argument). Converts from <see cref="string"/>.</summary>
public sealed class StringExpr : PromQLExpr
{
    internal StringExpr(Expr syntax) : base(syntax, PromType.String)
    {
    }

    public static StringExpr From(Expr syntax) => new(syntax);

    public static implicit operator StringExpr(string value) => new(new StringLiteral(value));
}

/// <summary>
/// A range vector: <c>x[5m]</c> or a subquery <c>expr[1h:1m]</c>. Only functions that take ranges accept it
/// (rate, increase, *_over_time, ...); it cannot be used in arithmetic.
/// </summary>
public sealed class RangeVector : PromQLExpr
{
    internal RangeVector(Expr syntax) : base(syntax, PromType.RangeVector)
    {
    }

    public static RangeVector From(Expr syntax) => new(syntax);

    public static new RangeVector Parse(string text) => ParseAs(text, PromType.RangeVector, e => new RangeVector(e));

    /// <summary>The <c>offset</c> modifier (negative looks ahead).</summary>
    public RangeVector Offset(PromDuration offset) => offset is { IsFixed: true, Milliseconds: 0 }
        ? throw new ArgumentOutOfRangeException(nameof(offset), "An offset of 0 is rejected by Prometheus; leave the offset out.")
        : Syntax switch
    {
        MatrixSelector m when m.Selector.Offset is null => new RangeVector(m with { Selector = m.Selector.WithOffset(offset) }),
        Subquery s when s.Offset is null => new RangeVector(s.WithOffset(offset)),
        _ => throw new InvalidOperationException($"offset is already set on {Syntax}."),
    };

    /// <summary><c>x[5m] anchored</c> (Prometheus 3.7+, <c>promql-extended-range-selectors</c>).</summary>
    public RangeVector Anchored() => WithExtension(RangeExtension.Anchored);

    /// <summary><c>x[5m] smoothed</c> (Prometheus 3.7+, <c>promql-extended-range-selectors</c>).</summary>
    public RangeVector Smoothed() => WithExtension(RangeExtension.Smoothed);

    private RangeVector WithExtension(RangeExtension extension) => Syntax switch
    {
        MatrixSelector { Selector.Extension: RangeExtension.None } m => new RangeVector(m with { Selector = m.Selector.WithExtension(extension) }),
        MatrixSelector => throw new InvalidOperationException($"anchored and smoothed cannot be used together, nor twice: {Syntax}."),
        _ => throw new InvalidOperationException($"{extension.ToString().ToLowerInvariant()} applies to a range selector such as x[5m], not to a subquery: {Syntax}."),
    };

    /// <summary>The <c>@</c> modifier.</summary>
    public RangeVector At(AtModifier at) => Syntax switch
    {
        MatrixSelector m when m.Selector.At is null => new RangeVector(m with { Selector = m.Selector.WithAt(at) }),
        Subquery s when s.At is null => new RangeVector(s.WithAt(at)),
        _ => throw new InvalidOperationException($"@ is already set on {Syntax}."),
    };
}
