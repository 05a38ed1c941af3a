namespace Dashboards.PromQL;

/// <summary>Visitor over the closed <see cref="Expr"/> hierarchy; dispatch lives here, not in the nodes.</summary>
public abstract class ExprVisitor<TResult>
{
    public virtual TResult Visit(Expr expr) => expr switch
    {
        VectorSelector e => VisitVectorSelector(e),
        MatrixSelector e => VisitMatrixSelector(e),
        Subquery e => VisitSubquery(e),
        NumberLiteral e => VisitNumberLiteral(e),
        NumberVariable e => VisitNumberVariable(e),
        StringLiteral e => VisitStringLiteral(e),
        UnaryExpr e => VisitUnary(e),
        BinaryExpr e => VisitBinary(e),
        AggregateExpr e => VisitAggregate(e),
        FunctionCall e => VisitFunctionCall(e),
        _ => VisitDefault(expr),
    };

    /// <summary>
    /// A node this visitor has no method for (a node type newer than the visitor). Throws unless overridden, so a new
    /// node is never skipped silently.
    /// </summary>
    protected virtual TResult VisitDefault(Expr node) =>
        throw new NotSupportedException($"{GetType().Name} has no case for the expression node {node.GetType().Name}.");

    protected abstract TResult VisitVectorSelector(VectorSelector node);

    protected abstract TResult VisitMatrixSelector(MatrixSelector node);

    protected abstract TResult VisitSubquery(Subquery node);

    protected abstract TResult VisitNumberLiteral(NumberLiteral node);

    protected abstract TResult VisitNumberVariable(NumberVariable node);

    protected abstract TResult VisitStringLiteral(StringLiteral node);

    protected abstract TResult VisitUnary(UnaryExpr node);

    protected abstract TResult VisitBinary(BinaryExpr node);

    protected abstract TResult VisitAggregate(AggregateExpr node);

    protected abstract TResult VisitFunctionCall(FunctionCall node);
}

/// <summary>Tree walking helpers.</summary>
public static class ExprWalker
{
    /// <summary>The direct children of a node, left to right.</summary>
    public static IEnumerable<Expr> Children(Expr expr)
    {
        switch (expr)
        {
            // Leaves are listed too: a node type missing here throws instead of hiding its subtree from the checks.
            case VectorSelector or NumberLiteral or NumberVariable or StringLiteral:
                break;
            case MatrixSelector m:
                yield return m.Selector;
                break;
            case Subquery s:
                yield return s.Inner;
                break;
            case UnaryExpr u:
                yield return u.Operand;
                break;
            case BinaryExpr b:
                yield return b.Left;
                yield return b.Right;
                break;
            case AggregateExpr a:
                if (a.Parameter is not null) yield return a.Parameter;
                yield return a.Body;
                break;
            case FunctionCall f:
                foreach (var arg in f.Args) yield return arg;
                break;
            default:
                throw new NotSupportedException($"ExprWalker.Children has no case for the expression node {expr.GetType().Name}; add its children.");
        }
    }

    /// <summary>The node and all its descendants, pre-order.</summary>
    public static IEnumerable<Expr> DescendantsAndSelf(Expr expr)
    {
        var stack = new Stack<Expr>();
        stack.Push(expr);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            yield return e;
            var children = Children(e).ToList();
            for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
    }
}
