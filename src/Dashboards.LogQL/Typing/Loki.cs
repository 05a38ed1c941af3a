using Dashboards.LogQL.Lexing;

namespace Dashboards.LogQL;

/// <summary>
/// The typed LogQL builder. Log queries start at <see cref="Stream(string, string)"/>; metric queries come from the range
/// aggregations (<see cref="Rate(LogQuery, LokiDuration, LokiDuration?)"/>, <see cref="CountOverTime"/>,
/// <see cref="SumOverTime"/> ...), then <see cref="Sum"/>, <see cref="TopK"/> and arithmetic. The types follow Loki's
/// rules: an <c>_over_time</c> of values takes an <see cref="UnwrappedLogQuery"/>, a line count takes a plain
/// <see cref="LogQuery"/>, and a vector aggregation takes a <see cref="MetricQuery"/>.
/// </summary>
public static class Loki
{
    /// <summary><c>__error__=""</c>: keeps lines (or samples) without parser or conversion errors.</summary>
    public static LabelFilter NoErrors { get; } = new StringLabelFilter(LabelMatcher.Equal("__error__", ""));

    // ---- log queries ------------------------------------------------------------------------------------------

    /// <summary><c>{label="value"}</c>.</summary>
    public static LogQuery Stream(string label, string value) => Stream(LabelMatcher.Equal(label, value));

    /// <summary><c>{a="b", c=~"d"}</c>; Loki needs one matcher that cannot match the empty value.</summary>
    public static LogQuery Stream(params LabelMatcher[] matchers)
    {
        if (matchers is null || matchers.Length == 0) throw new ArgumentException("A stream selector needs at least one matcher.", nameof(matchers));
        foreach (var m in matchers) CheckMatcher(m);
        if (Array.TrueForAll(matchers, Parsing.LogQLParser.MatchesEmpty))
            throw new ArgumentException("Loki requires at least one matcher that does not match the empty value, e.g. app=\"api\" or app=~\".+\".", nameof(matchers));
        return new LogQuery(new LogExpr(new StreamSelector(EquatableArray.Create(matchers))));
    }

    /// <summary>A label to compare in a label filter: <c>Loki.Label("status") &gt;= 500</c>, <c>Loki.Label("level").Is("error")</c>.</summary>
    public static LabelRef Label(string name)
    {
        CheckLabelName(name, nameof(name));
        return new LabelRef(name);
    }

    // ---- range aggregations -----------------------------------------------------------------------------------

    /// <summary><c>rate({..}[range])</c>: lines per second.</summary>
    public static MetricQuery Rate(LogQuery log, LokiDuration range, LokiDuration? offset = null) => Range(RangeOp.Rate, log, range, offset);

    /// <summary><c>rate({.. | unwrap x}[range])</c>: the per-second sum of the unwrapped values.</summary>
    public static MetricQuery Rate(UnwrappedLogQuery log, LokiDuration range, LokiDuration? offset = null) => Range(RangeOp.Rate, log, range, offset);

    /// <summary><c>rate_counter({.. | unwrap x}[range])</c>: the values as a counter.</summary>
    public static MetricQuery RateCounter(UnwrappedLogQuery log, LokiDuration range, LokiDuration? offset = null) => Range(RangeOp.RateCounter, log, range, offset);

    /// <summary><c>count_over_time({..}[range])</c>: lines in each window.</summary>
    public static MetricQuery CountOverTime(LogQuery log, LokiDuration range, LokiDuration? offset = null) => Range(RangeOp.CountOverTime, log, range, offset);

    /// <summary><c>bytes_over_time({..}[range])</c>.</summary>
    public static MetricQuery BytesOverTime(LogQuery log, LokiDuration range, LokiDuration? offset = null) => Range(RangeOp.BytesOverTime, log, range, offset);

    /// <summary><c>bytes_rate({..}[range])</c>: bytes per second.</summary>
    public static MetricQuery BytesRate(LogQuery log, LokiDuration range, LokiDuration? offset = null) => Range(RangeOp.BytesRate, log, range, offset);

    /// <summary><c>absent_over_time({..}[range])</c>: 1 when there were no lines.</summary>
    public static MetricQuery AbsentOverTime(LogQuery log, LokiDuration range, LokiDuration? offset = null) => Range(RangeOp.AbsentOverTime, log, range, offset);

    public static MetricQuery SumOverTime(UnwrappedLogQuery log, LokiDuration range, LokiDuration? offset = null) => Range(RangeOp.SumOverTime, log, range, offset);

    public static MetricQuery AvgOverTime(UnwrappedLogQuery log, LokiDuration range, LokiDuration? offset = null) => Range(RangeOp.AvgOverTime, log, range, offset);

    public static MetricQuery MinOverTime(UnwrappedLogQuery log, LokiDuration range, LokiDuration? offset = null) => Range(RangeOp.MinOverTime, log, range, offset);

    public static MetricQuery MaxOverTime(UnwrappedLogQuery log, LokiDuration range, LokiDuration? offset = null) => Range(RangeOp.MaxOverTime, log, range, offset);

    public static MetricQuery StddevOverTime(UnwrappedLogQuery log, LokiDuration range, LokiDuration? offset = null) => Range(RangeOp.StddevOverTime, log, range, offset);

    public static MetricQuery StdvarOverTime(UnwrappedLogQuery log, LokiDuration range, LokiDuration? offset = null) => Range(RangeOp.StdvarOverTime, log, range, offset);

    public static MetricQuery FirstOverTime(UnwrappedLogQuery log, LokiDuration range, LokiDuration? offset = null) => Range(RangeOp.FirstOverTime, log, range, offset);

    public static MetricQuery LastOverTime(UnwrappedLogQuery log, LokiDuration range, LokiDuration? offset = null) => Range(RangeOp.LastOverTime, log, range, offset);

    /// <summary><c>quantile_over_time(0.99, {.. | unwrap x}[range])</c>; <paramref name="quantile"/> from 0 to 1.</summary>
    public static MetricQuery QuantileOverTime(double quantile, UnwrappedLogQuery log, LokiDuration range, LokiDuration? offset = null)
    {
        if (!(quantile >= 0 && quantile <= 1)) throw new ArgumentOutOfRangeException(nameof(quantile), quantile, "A quantile is between 0 and 1.");
        ArgumentNullException.ThrowIfNull(log);
        return new MetricQuery(new RangeAggregation(RangeOp.QuantileOverTime, log.Over(Checked(range), offset), quantile));
    }

    private static MetricQuery Range(RangeOp op, LogQuery log, LokiDuration range, LokiDuration? offset)
    {
        ArgumentNullException.ThrowIfNull(log);
        return new MetricQuery(new RangeAggregation(op, new LogRange(log.Log, Checked(range), null, offset)));
    }

    private static MetricQuery Range(RangeOp op, UnwrappedLogQuery log, LokiDuration range, LokiDuration? offset)
    {
        ArgumentNullException.ThrowIfNull(log);
        return new MetricQuery(new RangeAggregation(op, log.Over(Checked(range), offset)));
    }

    private static LokiDuration Checked(LokiDuration range) =>
        range.IsVariable || range.Milliseconds > 0 ? range : throw new ArgumentException("A log range must be positive (default(LokiDuration) is not a range).", nameof(range));

    // ---- vector aggregations ----------------------------------------------------------------------------------

    public static MetricQuery Sum(MetricQuery inner) => Vector(VectorOp.Sum, inner);

    public static MetricQuery Avg(MetricQuery inner) => Vector(VectorOp.Avg, inner);

    public static MetricQuery Min(MetricQuery inner) => Vector(VectorOp.Min, inner);

    public static MetricQuery Max(MetricQuery inner) => Vector(VectorOp.Max, inner);

    public static MetricQuery Count(MetricQuery inner) => Vector(VectorOp.Count, inner);

    public static MetricQuery Stddev(MetricQuery inner) => Vector(VectorOp.Stddev, inner);

    public static MetricQuery Stdvar(MetricQuery inner) => Vector(VectorOp.Stdvar, inner);

    public static MetricQuery Sort(MetricQuery inner) => Vector(VectorOp.Sort, inner);

    public static MetricQuery SortDesc(MetricQuery inner) => Vector(VectorOp.SortDesc, inner);

    /// <summary><c>topk(k, ...)</c>: the k largest series.</summary>
    public static MetricQuery TopK(int k, MetricQuery inner) => Vector(VectorOp.TopK, inner, k);

    /// <summary><c>bottomk(k, ...)</c>.</summary>
    public static MetricQuery BottomK(int k, MetricQuery inner) => Vector(VectorOp.BottomK, inner, k);

    private static MetricQuery Vector(VectorOp op, MetricQuery inner, int? k = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (k is <= 0) throw new ArgumentOutOfRangeException(nameof(k), k, $"{TokenTable.Text(op)} needs a positive k.");
        return new MetricQuery(new VectorAggregation(op, inner.Metric, k));
    }

    /// <summary><c>label_replace(inner, "dst", "$1", "src", "(.*)")</c>: sets <paramref name="destination"/> where <paramref name="regex"/> matches <paramref name="source"/>'s value.</summary>
    public static MetricQuery LabelReplace(MetricQuery inner, string destination, string replacement, string source, string regex)
    {
        ArgumentNullException.ThrowIfNull(inner);
        CheckLabelName(destination, nameof(destination));
        ArgumentNullException.ThrowIfNull(replacement);
        CheckLabelName(source, nameof(source));
        CheckRegex(regex, nameof(regex));
        return new MetricQuery(new LabelReplace(inner.Metric, destination, replacement, source, regex));
    }

    // ---- literals ---------------------------------------------------------------------------------------------

    /// <summary>A number; LogQL has no NaN or infinity.</summary>
    public static MetricQuery Number(double value) =>
        double.IsFinite(value) ? new MetricQuery(new NumberLiteral(value)) : throw new ArgumentOutOfRangeException(nameof(value), value, "LogQL numbers are finite.");

    /// <summary><c>vector(0)</c>: one sample without labels, e.g. <c>.Or(Loki.Vector(0))</c> to fill gaps.</summary>
    public static MetricQuery Vector(double value) =>
        double.IsFinite(value) && value >= 0 ? new MetricQuery(new VectorLiteral(value))
            : throw new ArgumentOutOfRangeException(nameof(value), value, "vector() takes a finite, non-negative number (LogQL has no sign there).");

    // ---- checks -----------------------------------------------------------------------------------------------

    internal static void CheckLabelName(string name, string parameter)
    {
        ArgumentNullException.ThrowIfNull(name, parameter);
        if (!TokenTable.IsLabelName(name))
            throw new ArgumentException($"'{name}' is not a LogQL label name (letters, digits and '_', not starting with a digit).", parameter);
    }

    internal static void CheckMatcher(LabelMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        CheckLabelName(matcher.Name, nameof(matcher));
        ArgumentNullException.ThrowIfNull(matcher.Value, nameof(matcher));
        if (matcher.Op is MatchOp.Regex or MatchOp.NotRegex) CheckRegex(matcher.Value, nameof(matcher));
    }

    internal static void CheckRegex(string regex, string parameter)
    {
        ArgumentNullException.ThrowIfNull(regex, parameter);
        if (Parsing.RegexCheck.Problem(regex) is { } problem)
            throw new ArgumentException($"'{regex}' is not a valid regular expression: {problem}", parameter);
    }

    internal static void CheckFilter(LabelFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        switch (filter)
        {
            case StringLabelFilter s:
                CheckMatcher(s.Matcher);
                break;
            case NumberLabelFilter n:
                CheckLabelName(n.Label, nameof(filter));
                if (!double.IsFinite(n.Value)) throw new ArgumentException("LogQL numbers are finite.", nameof(filter));
                break;
            case DurationLabelFilter d:
                CheckLabelName(d.Label, nameof(filter));
                break;
            case BytesLabelFilter b:
                CheckLabelName(b.Label, nameof(filter));
                break;
            case IpLabelFilter ip:
                CheckLabelName(ip.Label, nameof(filter));
                ArgumentException.ThrowIfNullOrEmpty(ip.Range, nameof(filter));
                break;
            case BinaryLabelFilter bin:
                CheckFilter(bin.Left);
                CheckFilter(bin.Right);
                break;
        }
    }
}

/// <summary>A label named in a label filter; its methods and operators make <see cref="LabelFilter"/>s.</summary>
public readonly struct LabelRef
{
    internal LabelRef(string name) => Name = name;

    public string Name { get; }

    /// <summary><c>label="value"</c></summary>
    public LabelFilter Is(string value) => String(MatchOp.Equal, value);

    /// <summary><c>label!="value"</c></summary>
    public LabelFilter IsNot(string value) => String(MatchOp.NotEqual, value);

    /// <summary><c>label=~"regex"</c></summary>
    public LabelFilter Matches(string regex) => String(MatchOp.Regex, regex);

    /// <summary><c>label!~"regex"</c></summary>
    public LabelFilter NotMatches(string regex) => String(MatchOp.NotRegex, regex);

    /// <summary><c>label=ip("10.0.0.0/8")</c>: an address, CIDR range or <c>a-b</c> range.</summary>
    public LabelFilter InIpRange(string range)
    {
        ArgumentException.ThrowIfNullOrEmpty(range);
        return new IpLabelFilter(Name, true, range);
    }

    /// <summary><c>label!=ip("10.0.0.0/8")</c></summary>
    public LabelFilter NotInIpRange(string range)
    {
        ArgumentException.ThrowIfNullOrEmpty(range);
        return new IpLabelFilter(Name, false, range);
    }

    /// <summary><c>label==number</c></summary>
    public LabelFilter EqualTo(double value) => Number(CompareOp.Equal, value);

    /// <summary><c>label!=number</c></summary>
    public LabelFilter NotEqualTo(double value) => Number(CompareOp.NotEqual, value);

    public LabelFilter EqualTo(FilterDuration value) => new DurationLabelFilter(Name, CompareOp.Equal, value);

    public LabelFilter EqualTo(ByteSize value) => new BytesLabelFilter(Name, CompareOp.Equal, value);

    public static LabelFilter operator >(LabelRef label, double value) => label.Number(CompareOp.Greater, value);
    public static LabelFilter operator >=(LabelRef label, double value) => label.Number(CompareOp.GreaterOrEqual, value);
    public static LabelFilter operator <(LabelRef label, double value) => label.Number(CompareOp.Less, value);
    public static LabelFilter operator <=(LabelRef label, double value) => label.Number(CompareOp.LessOrEqual, value);

    public static LabelFilter operator >(LabelRef label, TimeSpan value) => new DurationLabelFilter(label.Name, CompareOp.Greater, value);
    public static LabelFilter operator >=(LabelRef label, TimeSpan value) => new DurationLabelFilter(label.Name, CompareOp.GreaterOrEqual, value);
    public static LabelFilter operator <(LabelRef label, TimeSpan value) => new DurationLabelFilter(label.Name, CompareOp.Less, value);
    public static LabelFilter operator <=(LabelRef label, TimeSpan value) => new DurationLabelFilter(label.Name, CompareOp.LessOrEqual, value);

    public static LabelFilter operator >(LabelRef label, ByteSize value) => new BytesLabelFilter(label.Name, CompareOp.Greater, value);
    public static LabelFilter operator >=(LabelRef label, ByteSize value) => new BytesLabelFilter(label.Name, CompareOp.GreaterOrEqual, value);
    public static LabelFilter operator <(LabelRef label, ByteSize value) => new BytesLabelFilter(label.Name, CompareOp.Less, value);
    public static LabelFilter operator <=(LabelRef label, ByteSize value) => new BytesLabelFilter(label.Name, CompareOp.LessOrEqual, value);

    private LabelFilter String(MatchOp op, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var matcher = new LabelMatcher(Name, op, value);
        Loki.CheckMatcher(matcher);
        return new StringLabelFilter(matcher);
    }

    private LabelFilter Number(CompareOp op, double value) =>
        double.IsFinite(value) ? new NumberLabelFilter(Name, op, value) : throw new ArgumentOutOfRangeException(nameof(value), value, "LogQL numbers are finite.");

    public override string ToString() => Name;
}
