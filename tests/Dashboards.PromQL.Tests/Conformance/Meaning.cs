namespace Dashboards.PromQL.Tests.Conformance;

/// <summary>
/// Trees that differ only in ways Prometheus does not distinguish: matcher order (a set), <c>sum by () (x)</c> versus
/// <c>sum(x)</c>, and <c>a - ignoring () b</c> versus <c>a - b</c>. Prometheus's printer writes the second form of each.
/// </summary>
internal static class Meaning
{
    public static bool Same(Expr a, Expr b) => Normalize(a).Equals(Normalize(b));

    public static Expr Normalize(Expr e) => e switch
    {
        VectorSelector vs => Selector(vs),
        MatrixSelector m => m with { Selector = Selector(m.Selector) },
        Subquery s => s with { Inner = Normalize(s.Inner) },
        UnaryExpr u => u with { Operand = Normalize(u.Operand) },
        BinaryExpr b => b with
        {
            Left = Normalize(b.Left),
            Right = Normalize(b.Right),
            Matching = b.Matching is { On: false, Cardinality: VectorMatchCardinality.OneToOne, MatchingLabels.IsEmpty: true } ? null : b.Matching,
        },
        AggregateExpr a => a with
        {
            Body = Normalize(a.Body),
            Parameter = a.Parameter is null ? null : Normalize(a.Parameter),
            Grouping = a.Grouping is { Without: false, Labels.IsEmpty: true } ? null : a.Grouping,
        },
        FunctionCall f => f with { Args = EquatableArray.From(f.Args.Select(Normalize)) },
        _ => e,
    };

    private static VectorSelector Selector(VectorSelector vs)
    {
        var matchers = vs.Matchers.ToList();
        var name = vs.MetricName;
        // {__name__="x"} and x are the same selector.
        if (name is null && matchers.Count(m => m.Name == "__name__") == 1 && matchers.First(m => m.Name == "__name__") is { Op: MatchOp.Equal } n)
        {
            name = n.Value;
            matchers.Remove(n);
        }
        matchers.Sort((x, y) => string.CompareOrdinal(x.Name + "\u0000" + x.Op + "\u0000" + x.Value, y.Name + "\u0000" + y.Op + "\u0000" + y.Value));
        return vs with { MetricName = name, Matchers = EquatableArray.From(matchers) };
    }
}
