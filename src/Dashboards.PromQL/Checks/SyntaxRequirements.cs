namespace Dashboards.PromQL.Checks;

/// <summary>One thing in an expression that not every Prometheus accepts: a syntax feature or a function.</summary>
public sealed record SyntaxUse(Expr Node, PromSyntax? Syntax, Functions.FunctionDefinition? Function, AggregateOp? Aggregation = null)
{
    /// <summary>Why <paramref name="target"/> rejects this use, or null.</summary>
    public string? RejectedBy(PromTarget target) =>
        Function is not null ? Function.RejectedBy(target) : target.Rejects(Syntax!.Value);

    /// <summary>The oldest release that knows it.</summary>
    public Version Since => Function?.MinimumVersion ?? PromSyntaxFacts.Requirement(Syntax!.Value).Since;

    public string What => Function is not null ? $"function \"{Function.Name}\""
        : Aggregation is { } a ? $"\"{Lexing.TokenTable.Text(a)}\"" : PromSyntaxFacts.Describe(Syntax!.Value);
}

/// <summary>Finds the version- and flag-dependent syntax an expression uses (the data behind the <c>version</c> lint).</summary>
public static class SyntaxRequirements
{
    public static IEnumerable<SyntaxUse> Find(Expr expr)
    {
        foreach (var node in ExprWalker.DescendantsAndSelf(expr))
        {
            switch (node)
            {
                case VectorSelector vs:
                    foreach (var use in Selector(vs, node)) yield return use;
                    break;
                case MatrixSelector ms:
                    foreach (var use in Duration(ms.Range, node)) yield return use;
                    break;
                case Subquery sq:
                    foreach (var use in Duration(sq.Range, node)) yield return use;
                    if (sq.Step is { } step) foreach (var use in Duration(step, node)) yield return use;
                    if (sq.Offset is { } offset) foreach (var use in Offset(offset, node)) yield return use;
                    break;
                case NumberLiteral { IsDuration: true }:
                    yield return new SyntaxUse(node, PromSyntax.NumbersAsDurations, null);
                    break;
                case BinaryExpr b:
                    if (b.Op.IsTrim()) yield return new SyntaxUse(node, PromSyntax.TrimOperators, null);
                    if (b.Fill is not null) yield return new SyntaxUse(node, PromSyntax.FillModifiers, null);
                    if (b.Matching is { } m && (m.MatchingLabels.Any(IsQuotedLabel) || m.Include.Any(IsQuotedLabel)))
                        yield return new SyntaxUse(node, PromSyntax.QuotedNames, null);
                    break;
                case AggregateExpr a:
                    if (a.Op is AggregateOp.LimitK or AggregateOp.LimitRatio) yield return new SyntaxUse(node, PromSyntax.LimitAggregations, null, a.Op);
                    if (a.Grouping is { } g && g.Labels.Any(IsQuotedLabel)) yield return new SyntaxUse(node, PromSyntax.QuotedNames, null);
                    break;
                case FunctionCall f:
                    yield return new SyntaxUse(node, null, f.Function);
                    break;
            }
        }
    }

    // In label lists NaN and Inf must be quoted too (they read as numbers there).
    private static bool IsQuotedLabel(string name) =>
        !Metrics.PromNames.IsValidLabelName(name) || name.Equals("nan", StringComparison.OrdinalIgnoreCase) || name.Equals("inf", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<SyntaxUse> Selector(VectorSelector vs, Expr node)
    {
        if ((vs.MetricName is { } name && !VectorSelector.IsBareMetricName(name)) || vs.Matchers.Any(m => !Metrics.PromNames.IsValidLabelName(m.Name)))
            yield return new SyntaxUse(node, PromSyntax.QuotedNames, null);
        if (vs.Extension != RangeExtension.None) yield return new SyntaxUse(node, PromSyntax.AnchoredSmoothed, null);
        if (vs.Offset is { } offset) foreach (var use in Offset(offset, node)) yield return use;
    }

    private static IEnumerable<SyntaxUse> Offset(PromDuration offset, Expr node)
    {
        if (offset.IsFixed && offset.Milliseconds == 0) yield return new SyntaxUse(node, PromSyntax.ZeroOffset, null);
        foreach (var use in Duration(offset, node)) yield return use;
    }

    private static IEnumerable<SyntaxUse> Duration(PromDuration d, Expr node)
    {
        if (d.Expression is not { } e) yield break;
        if (e is DurationNumber)
        {
            yield return new SyntaxUse(node, PromSyntax.NumbersAsDurations, null);
            yield break;
        }
        yield return new SyntaxUse(node, PromSyntax.DurationArithmetic, null);
        var seen = new HashSet<PromSyntax>();
        foreach (var part in Parts(e))
        {
            PromSyntax? s = part switch
            {
                DurationFunction { Kind: DurationFunctionKind.Step } => PromSyntax.DurationStep,
                DurationFunction { Kind: DurationFunctionKind.Range } => PromSyntax.DurationRange,
                DurationFunction => PromSyntax.DurationMinMaxOf,
                _ => null,
            };
            if (s is { } syntax && seen.Add(syntax)) yield return new SyntaxUse(node, syntax, null);
        }
    }

    /// <summary>The duration expression and all its parts.</summary>
    public static IEnumerable<DurationExpr> Parts(DurationExpr e)
    {
        yield return e;
        IEnumerable<DurationExpr> children = e switch
        {
            DurationBinary b => [b.Left, b.Right],
            DurationNegation n => [n.Operand],
            DurationFunction { Left: not null } f => [f.Left, f.Right!],
            _ => [],
        };
        foreach (var c in children)
        {
            foreach (var d in Parts(c)) yield return d;
        }
    }
}
