namespace Dashboards.LogQL;

/// <summary>
/// A predicate on labels, after the parsers: string, number, duration or bytes comparisons joined by <c>and</c>/<c>or</c>.
/// Closed hierarchy (the records in this file). <c>&amp;</c> and <c>|</c> combine filters.
/// </summary>
public abstract record LabelFilter
{
    private protected LabelFilter()
    {
    }

    public static LabelFilter operator &(LabelFilter left, LabelFilter right) => new BinaryLabelFilter(LabelFilterJoin.And, left, right);

    public static LabelFilter operator |(LabelFilter left, LabelFilter right) => new BinaryLabelFilter(LabelFilterJoin.Or, left, right);
}

/// <summary><c>level="error"</c>, <c>path=~"/api/.*"</c>.</summary>
public sealed record StringLabelFilter(LabelMatcher Matcher) : LabelFilter;

/// <summary><c>status &gt;= 400</c>.</summary>
public sealed record NumberLabelFilter(string Label, CompareOp Op, double Value) : LabelFilter;

/// <summary><c>latency &gt; 250ms</c>.</summary>
public sealed record DurationLabelFilter(string Label, CompareOp Op, FilterDuration Value) : LabelFilter;

/// <summary><c>size &gt; 20KB</c>.</summary>
public sealed record BytesLabelFilter(string Label, CompareOp Op, ByteSize Value) : LabelFilter;

/// <summary><c>addr=ip("10.0.0.0/8")</c> or <c>addr!=ip("192.168.1.1")</c>: the label holds an address in (or outside) the range.</summary>
public sealed record IpLabelFilter(string Label, bool Equal, string Range) : LabelFilter;

/// <summary><c>a and b</c>, <c>a or b</c> (<c>and</c> binds tighter, as in Loki).</summary>
public sealed record BinaryLabelFilter(LabelFilterJoin Join, LabelFilter Left, LabelFilter Right) : LabelFilter;
