namespace Dashboards.PromQL.Lexing;

/// <summary>A token: kind plus where it is in the source (no text copy).</summary>
public readonly record struct Token(TokenKind Kind, int Start, int Length)
{
    public int End => Start + Length;
}
