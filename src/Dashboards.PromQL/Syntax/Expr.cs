using Dashboards.PromQL.Printing;

namespace Dashboards.PromQL;

/// <summary>
/// A PromQL expression: an immutable syntax tree node. The hierarchy is closed (the nodes in this folder).
/// Nodes compare structurally; source positions (<see cref="Span"/>) never take part in equality.
/// </summary>
public abstract record Expr
{
    private protected Expr()
    {
    }

    /// <summary>The value type this expression evaluates to.</summary>
    public abstract PromType Type { get; }

    /// <summary>Where the node was parsed from; <see cref="SourceSpan.None"/> for nodes built in code.</summary>
    public SourceSpan Span { get; init; }

    /// <summary>Canonical single-line PromQL with only the parentheses precedence needs.</summary>
    public sealed override string ToString() => PromQLPrinter.Print(this);

    /// <summary>Multi-line form for long queries; short ones stay on one line.</summary>
    public string ToPrettyString(int maxLineWidth = 100) => PromQLPrinter.PrintPretty(this, maxLineWidth);
}
