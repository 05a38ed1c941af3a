using Dashboards.PromQL;

namespace Dashboards.Review.Lint;

/// <summary>Walks a PromQL tree with each node's ancestors (nearest last), which the target rules need.</summary>
internal static class PromQLWalk
{
    public static IEnumerable<(Expr Node, IReadOnlyList<Expr> Parents)> WithParents(Expr root)
    {
        var parents = new List<Expr>();
        return Walk(root, parents);
    }

    private static IEnumerable<(Expr, IReadOnlyList<Expr>)> Walk(Expr node, List<Expr> parents)
    {
        yield return (node, parents.ToArray());
        parents.Add(node);
        foreach (var child in Children(node))
            foreach (var item in Walk(child, parents))
                yield return item;
        parents.RemoveAt(parents.Count - 1);
    }

    public static IEnumerable<Expr> Children(Expr node) => node switch
    {
        MatrixSelector m => [m.Selector],
        Subquery s => [s.Inner],
        UnaryExpr u => [u.Operand],
        BinaryExpr b => [b.Left, b.Right],
        AggregateExpr a => a.Parameter is null ? [a.Body] : [a.Parameter, a.Body],
        FunctionCall f => f.Args,
        _ => [],
    };

    public static IEnumerable<VectorSelector> Selectors(Expr root) => WithParents(root).Select(p => p.Node).OfType<VectorSelector>();
}
