using Dashboards.PromQL;
using Dashboards.PromQL.Parsing;

namespace Dashboards.EndToEnd.Tests.Checks;

/// <summary>
/// Rewrites a query into what it measures, using the SDK's PromQL parser: comparison filters against a scalar
/// (<c>x &gt; 0.9</c>) become <c>x</c>; filters between two vectors and <c>a and b</c> become <c>count(a) + count(b)</c>
/// (data only if both sides have data); <c>a unless b</c> becomes <c>a</c>; <c>absent(x)</c> becomes <c>x</c> and
/// <c>absent_over_time(x[d])</c> becomes <c>count_over_time(x[d])</c>. Alert conditions and "only the bad ones"
/// panels are empty with healthy data; what they measure must not be.
/// </summary>
public static class ThresholdFilters
{
    /// <summary>The measured query, or null when the query has no filter (or does not parse: Prometheus reports that).</summary>
    public static MeasuredQuery? Measured(string query)
    {
        if (!PromQLParser.TryParse(query, out var expr, out _) || expr is null) return null;
        var inverted = false;
        var measured = Strip(expr, ref inverted);
        return measured.Equals(expr) ? null : new MeasuredQuery(measured.ToString(), inverted);
    }

    private static Expr Strip(Expr expr, ref bool inverted)
    {
        switch (expr)
        {
            case BinaryExpr { ReturnBool: false } comparison when comparison.Op.IsComparison():
                if (comparison.Right.Type == PromType.Scalar) return Strip(comparison.Left, ref inverted);
                if (comparison.Left.Type == PromType.Scalar) return Strip(comparison.Right, ref inverted);
                return BothPresent(Strip(comparison.Left, ref inverted), Strip(comparison.Right, ref inverted));
            case BinaryExpr { Op: BinaryOp.And } and:
                return BothPresent(Strip(and.Left, ref inverted), Strip(and.Right, ref inverted));
            case BinaryExpr { Op: BinaryOp.Unless } unless:
                return Strip(unless.Left, ref inverted);
            case BinaryExpr binary:
                return binary with { Left = Strip(binary.Left, ref inverted), Right = Strip(binary.Right, ref inverted) };
            case AggregateExpr aggregate:
                return aggregate with { Body = Strip(aggregate.Body, ref inverted) };
            case FunctionCall { Name: "absent" } absent:
                inverted = true;
                return Strip(absent.Args[0], ref inverted);
            case FunctionCall { Name: "absent_over_time" } absentOverTime:
                inverted = true;
                return FunctionCall.Create("count_over_time", absentOverTime.Args[0]);
            case FunctionCall call:
                var args = new Expr[call.Args.Count];
                for (var i = 0; i < args.Length; i++) args[i] = Strip(call.Args[i], ref inverted);
                return call with { Args = EquatableArray.Create(args) };
            case UnaryExpr unary:
                return unary with { Operand = Strip(unary.Operand, ref inverted) };
            case Subquery subquery:
                return subquery with { Inner = Strip(subquery.Inner, ref inverted) };
            default:
                return expr;
        }
    }

    private static Expr BothPresent(Expr left, Expr right) =>
        left.Type != PromType.InstantVector || right.Type != PromType.InstantVector
            ? left
            : new BinaryExpr(BinaryOp.Add, new AggregateExpr(AggregateOp.Count, left), new AggregateExpr(AggregateOp.Count, right));
}
