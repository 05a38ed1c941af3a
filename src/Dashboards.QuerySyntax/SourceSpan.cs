namespace Dashboards.QuerySyntax;

/// <summary>
/// Where a node came from in the parsed text (0-based offset and length), for diagnostics.
/// Positions do not take part in tree equality: two spans always compare equal, so a parsed tree equals a built one.
/// </summary>
public readonly struct SourceSpan : IEquatable<SourceSpan>
{
    public SourceSpan(int start, int length)
    {
        Start = start;
        Length = length;
        IsKnown = true;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    /// <summary>False for nodes built in code rather than parsed.</summary>
    public bool IsKnown { get; }

    public static SourceSpan None => default;

    public bool Equals(SourceSpan other) => true;

    public override bool Equals(object? obj) => obj is SourceSpan;

    public override int GetHashCode() => 0;

    public static bool operator ==(SourceSpan left, SourceSpan right) => true;

    public static bool operator !=(SourceSpan left, SourceSpan right) => false;

    public override string ToString() => IsKnown ? $"{Start}..{End}" : "(built)";
}
