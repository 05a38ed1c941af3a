namespace Dashboards.PromQL;

/// <summary>One label matcher, e.g. <c>provider=~"$provider"</c>. The value is stored unescaped.</summary>
public sealed record LabelMatcher(string Name, MatchOp Op, string Value)
{
    public static LabelMatcher Equal(string name, string value) => new(name, MatchOp.Equal, value);

    public static LabelMatcher NotEqual(string name, string value) => new(name, MatchOp.NotEqual, value);

    public static LabelMatcher Regex(string name, string value) => new(name, MatchOp.Regex, value);

    public static LabelMatcher NotRegex(string name, string value) => new(name, MatchOp.NotRegex, value);

    /// <summary>True when the matcher also matches a missing label (the empty string); Prometheus needs one matcher that does not.</summary>
    public bool MatchesEmpty => Op switch
    {
        MatchOp.Equal => Value.Length == 0,
        MatchOp.NotEqual => Value.Length != 0,
        MatchOp.Regex => RegexMatchesEmpty(Value),
        MatchOp.NotRegex => !RegexMatchesEmpty(Value),
        _ => false,
    };

    // Prometheus anchors label regexes at both ends. .NET regex syntax is close enough to RE2 for this question;
    // an invalid pattern is reported elsewhere, so here it counts as not matching.
    private static bool RegexMatchesEmpty(string pattern)
    {
        if (pattern.Length == 0) return true;
        try
        {
            return System.Text.RegularExpressions.Regex.IsMatch(string.Empty, "^(?:" + pattern + ")$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public override string ToString() => Printing.PromQLPrinter.PrintMatcher(this);
}

/// <summary>The <c>@</c> modifier: a Unix timestamp in seconds, or <c>start()</c> / <c>end()</c>.</summary>
public sealed record AtModifier
{
    private AtModifier(AtKind kind, double timestamp)
    {
        Kind = kind;
        Timestamp = timestamp;
    }

    public AtKind Kind { get; }

    /// <summary>Seconds since the Unix epoch (only for <see cref="AtKind.Timestamp"/>).</summary>
    public double Timestamp { get; }

    public static AtModifier Start { get; } = new(AtKind.Start, 0);

    public static AtModifier End { get; } = new(AtKind.End, 0);

    public static AtModifier At(double unixSeconds)
    {
        if (double.IsNaN(unixSeconds) || double.IsInfinity(unixSeconds))
            throw new ArgumentOutOfRangeException(nameof(unixSeconds), "The @ modifier needs a finite timestamp.");
        return new(AtKind.Timestamp, unixSeconds);
    }

    public static AtModifier At(DateTimeOffset time) => At(time.ToUnixTimeMilliseconds() / 1000.0);

    public override string ToString() => Kind switch
    {
        AtKind.Start => "start()",
        AtKind.End => "end()",
        _ => Printing.PromQLPrinter.FormatNumber(Timestamp),
    };
}

public enum AtKind
{
    Timestamp,
    Start,
    End,
}

/// <summary>
/// Vector matching of a binary expression: <c>on (a, b)</c> or <c>ignoring (a)</c>, optionally with
/// <c>group_left (c)</c> / <c>group_right (c)</c>.
/// </summary>
public sealed record VectorMatching(VectorMatchCardinality Cardinality, bool On, EquatableArray<string> MatchingLabels, EquatableArray<string> Include)
{
    public static VectorMatching OnLabels(params string[] labels) => new(VectorMatchCardinality.OneToOne, true, labels, EquatableArray<string>.Empty);

    public static VectorMatching Ignoring(params string[] labels) => new(VectorMatchCardinality.OneToOne, false, labels, EquatableArray<string>.Empty);

    public VectorMatching GroupLeft(params string[] include) => this with { Cardinality = VectorMatchCardinality.ManyToOne, Include = include };

    public VectorMatching GroupRight(params string[] include) => this with { Cardinality = VectorMatchCardinality.OneToMany, Include = include };
}

/// <summary>The grouping clause of an aggregation: <c>by (a, b)</c> or <c>without (c)</c>.</summary>
public sealed record Grouping(bool Without, EquatableArray<string> Labels)
{
    public static Grouping By(params string[] labels) => new(false, labels);

    public static Grouping WithoutLabels(params string[] labels) => new(true, labels);
}
