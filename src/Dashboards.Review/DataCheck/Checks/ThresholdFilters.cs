using Dashboards.PromQL;
using Dashboards.PromQL.Parsing;

namespace Dashboards.Review.DataCheck.Checks;

/// <summary>
/// Rewrites a query into what it measures, using the SDK's PromQL parser: comparison filters against a scalar
/// (<c>x &gt; 0.9</c>) become <c>x</c>; filters between two vectors and <c>a and b</c> become <c>count(a) + count(b)</c>
/// (data only if both sides have data); <c>a unless b</c> becomes <c>a</c>; <c>absent(x)</c> becomes <c>x</c> and
/// <c>absent_over_time(x[d])</c> becomes <c>count_over_time(x[d])</c>; a constant fallback <c>x or vector(0)</c> becomes
/// <c>x</c>. Alert conditions and "only the bad ones" panels are empty with healthy data; what they measure must not
/// be. Absence checks and constant fallbacks have data whatever the metric does, so what they measure is always checked.
/// </summary>
public static class ThresholdFilters
{
    /// <summary>The measured query, or null when the query has no filter (or does not parse: Prometheus reports that).</summary>
    public static MeasuredQuery? Measured(string query)
    {
        if (!PromQLParser.TryParse(query, out var expr, out _) || expr is null) return null;
        string? reason = null;
        var measured = Strip(expr, ref reason);
        return measured.Equals(expr) ? null : new MeasuredQuery(measured.ToString(), reason is not null, reason);
    }

    private static Expr Strip(Expr expr, ref string? reason)
    {
        switch (expr)
        {
            case BinaryExpr { Op: BinaryOp.Or } fallback when IsConstant(fallback.Right) || IsConstant(fallback.Left):
                reason ??= $"the constant fallback in '{fallback}' gives data whatever the metric does";
                return Strip(IsConstant(fallback.Right) ? fallback.Left : fallback.Right, ref reason);
            case BinaryExpr { ReturnBool: false } comparison when comparison.Op.IsComparison():
                if (comparison.Right.Type == PromType.Scalar) return Strip(comparison.Left, ref reason);
                if (comparison.Left.Type == PromType.Scalar) return Strip(comparison.Right, ref reason);
                return BothPresent(Strip(comparison.Left, ref reason), Strip(comparison.Right, ref reason));
            case BinaryExpr { Op: BinaryOp.And } and:
                return BothPresent(Strip(and.Left, ref reason), Strip(and.Right, ref reason));
            case BinaryExpr { Op: BinaryOp.Unless } unless:
                return Strip(unless.Left, ref reason);
            case BinaryExpr binary:
                return binary with { Left = Strip(binary.Left, ref reason), Right = Strip(binary.Right, ref reason) };
            case AggregateExpr aggregate:
                return aggregate with { Body = Strip(aggregate.Body, ref reason) };
            case FunctionCall { Name: "absent" } absent:
                reason ??= "absent() has data exactly when what it watches has none";
                return Strip(absent.Args[0], ref reason);
            case FunctionCall { Name: "absent_over_time" } absentOverTime:
                reason ??= "absent_over_time() has data exactly when what it watches has none";
                return FunctionCall.Create("count_over_time", absentOverTime.Args[0]);
            case FunctionCall call:
                var args = new Expr[call.Args.Count];
                for (var i = 0; i < args.Length; i++) args[i] = Strip(call.Args[i], ref reason);
                return call with { Args = EquatableArray.Create(args) };
            case UnaryExpr unary:
                return unary with { Operand = Strip(unary.Operand, ref reason) };
            case Subquery subquery:
                return subquery with { Inner = Strip(subquery.Inner, ref reason) };
            default:
                return expr;
        }
    }

    /// <summary>No series selector anywhere: <c>vector(0)</c>, <c>1</c>, <c>vector(time())</c>.</summary>
    private static bool IsConstant(Expr expr) => expr switch
    {
        VectorSelector or MatrixSelector => false,
        NumberLiteral or StringLiteral or NumberVariable => true,
        UnaryExpr unary => IsConstant(unary.Operand),
        BinaryExpr binary => IsConstant(binary.Left) && IsConstant(binary.Right),
        AggregateExpr aggregate => IsConstant(aggregate.Body) && (aggregate.Parameter is null || IsConstant(aggregate.Parameter)),
        FunctionCall call => call.Args.All(IsConstant),
        Subquery subquery => IsConstant(subquery.Inner),
        _ => false,
    };

    private static Expr BothPresent(Expr left, Expr right) =>
        left.Type != PromType.InstantVector || right.Type != PromType.InstantVector
            ? left
            : new BinaryExpr(BinaryOp.Add, new AggregateExpr(AggregateOp.Count, left), new AggregateExpr(AggregateOp.Count, right));
}
