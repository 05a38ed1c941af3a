using System.Text;
using Dashboards.PromQL.Printing;

namespace Dashboards.PromQL;

/// <summary>
/// A duration computed by Prometheus (3.4+): <c>5m + 1m</c>, <c>2 * step()</c>, <c>max_of(range(), 5m)</c>. It stands in
/// a range <c>x[...]</c>, a subquery's range or step, or an offset, and is carried by <see cref="PromDuration.Expression"/>.
/// The hierarchy is closed (the records in this file); values are in seconds, as Prometheus computes them. Like
/// <see cref="Expr"/> trees, these keep no parentheses: the printer writes the ones precedence needs.
/// </summary>
public abstract record DurationExpr
{
    private protected DurationExpr()
    {
    }

    public sealed override string ToString()
    {
        var sb = new StringBuilder();
        PromQLPrinter.WriteDuration(sb, this);
        return sb.ToString();
    }

    public static DurationExpr operator +(DurationExpr a, DurationExpr b) => new DurationBinary(DurationOp.Add, a, b);

    public static DurationExpr operator -(DurationExpr a, DurationExpr b) => new DurationBinary(DurationOp.Subtract, a, b);

    public static DurationExpr operator *(DurationExpr a, DurationExpr b) => new DurationBinary(DurationOp.Multiply, a, b);

    public static DurationExpr operator /(DurationExpr a, DurationExpr b) => new DurationBinary(DurationOp.Divide, a, b);

    public static DurationExpr operator %(DurationExpr a, DurationExpr b) => new DurationBinary(DurationOp.Modulo, a, b);

    /// <summary>Negation; on a number it is the negative number, as the parser reads <c>-5m</c>.</summary>
    public static DurationExpr operator -(DurationExpr a) => a is DurationNumber n ? n with { Seconds = -n.Seconds } : new DurationNegation(a);

    public static implicit operator DurationExpr(double seconds) => new DurationNumber(seconds, IsDuration: false);

    public static implicit operator DurationExpr(TimeSpan span) => new DurationNumber(span.TotalSeconds, IsDuration: true);

    /// <summary><c>step()</c>: the query's step.</summary>
    public static DurationExpr Step { get; } = new DurationFunction(DurationFunctionKind.Step);

    /// <summary><c>range()</c>: the query's range (end minus start).</summary>
    public static DurationExpr QueryRange { get; } = new DurationFunction(DurationFunctionKind.Range);

    /// <summary><c>min_of(a, b)</c></summary>
    public static DurationExpr MinOf(DurationExpr a, DurationExpr b) => new DurationFunction(DurationFunctionKind.MinOf, a, b);

    /// <summary><c>max_of(a, b)</c></summary>
    public static DurationExpr MaxOf(DurationExpr a, DurationExpr b) => new DurationFunction(DurationFunctionKind.MaxOf, a, b);

    /// <summary><c>a ^ b</c></summary>
    public DurationExpr Pow(DurationExpr exponent) => new DurationBinary(DurationOp.Power, this, exponent);
}

/// <summary>A number of seconds, written as a duration (<c>5m</c>, <see cref="IsDuration"/>) or as a number (<c>300</c>, <c>1.5</c>).</summary>
public sealed record DurationNumber(double Seconds, bool IsDuration) : DurationExpr;

public enum DurationOp
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Power,
}

/// <summary><c>left op right</c> with <c>+ - * / % ^</c>.</summary>
public sealed record DurationBinary(DurationOp Op, DurationExpr Left, DurationExpr Right) : DurationExpr;

/// <summary><c>-operand</c> on something that is not a plain number (a sign on a number folds into it).</summary>
public sealed record DurationNegation(DurationExpr Operand) : DurationExpr;

public enum DurationFunctionKind
{
    Step,
    Range,
    MinOf,
    MaxOf,
}

/// <summary><c>step()</c>, <c>range()</c>, <c>min_of(a, b)</c>, <c>max_of(a, b)</c>.</summary>
public sealed record DurationFunction(DurationFunctionKind Kind, DurationExpr? Left = null, DurationExpr? Right = null) : DurationExpr;
