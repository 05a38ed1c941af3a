using Dashboards.LogQL.Parsing;

namespace Dashboards.LogQL;

/// <summary>
/// A log query: a stream selector and its pipeline, e.g.
/// <c>Loki.Stream("app", "api").Contains("error").Json().Where(Loki.Label("status") &gt;= 500)</c>.
/// Each method returns a new query; stages print in the order they were added.
/// </summary>
public sealed class LogQuery : LogQLQuery
{
    internal LogQuery(LogExpr syntax)
    {
        Log = syntax;
    }

    /// <summary>The log query's syntax tree.</summary>
    public LogExpr Log { get; }

    public override Expr Syntax => Log;

    public static new LogQuery Parse(string text) => new(LogQLParser.ParseLog(text));

    // ---- stream selector --------------------------------------------------------------------------------------

    /// <summary>Adds <c>label="value"</c> to the stream selector.</summary>
    public LogQuery Stream(string label, string value) => WithMatcher(LabelMatcher.Equal(label, value));

    /// <summary>Adds any matcher to the stream selector (<c>LabelMatcher.Regex("env", "$env")</c>).</summary>
    public LogQuery WithMatcher(LabelMatcher matcher)
    {
        Loki.CheckMatcher(matcher);
        return new(Log with { Selector = Log.Selector.Add(matcher) });
    }

    // ---- line filters -----------------------------------------------------------------------------------------

    /// <summary><c>|= "text"</c>; more texts make an <c>or</c> chain: <c>|= "a" or "b"</c>.</summary>
    public LogQuery Contains(string text, params string[] or) => LineFilter(LineFilterOp.Contains, text, or);

    /// <summary><c>!= "text"</c>.</summary>
    public LogQuery NotContains(string text, params string[] or) => LineFilter(LineFilterOp.NotContains, text, or);

    /// <summary><c>|~ "regex"</c>.</summary>
    public LogQuery LineMatches(string regex, params string[] or) => LineFilter(LineFilterOp.Regex, regex, or);

    /// <summary><c>!~ "regex"</c>.</summary>
    public LogQuery LineNotMatches(string regex, params string[] or) => LineFilter(LineFilterOp.NotRegex, regex, or);

    /// <summary><c>|&gt; "&lt;_&gt; error &lt;_&gt;"</c>: a line pattern match.</summary>
    public LogQuery LineMatchesPattern(string pattern, params string[] or) => LineFilter(LineFilterOp.Pattern, pattern, or);

    /// <summary><c>!&gt; "pattern"</c>.</summary>
    public LogQuery LineNotMatchesPattern(string pattern, params string[] or) => LineFilter(LineFilterOp.NotPattern, pattern, or);

    /// <summary><c>|= ip("10.0.0.0/8")</c>: lines holding an address in the range.</summary>
    public LogQuery ContainsIp(string range) => IpFilter(LineFilterOp.Contains, range);

    /// <summary><c>!= ip("10.0.0.0/8")</c></summary>
    public LogQuery NotContainsIp(string range) => IpFilter(LineFilterOp.NotContains, range);

    private LogQuery IpFilter(LineFilterOp op, string range)
    {
        ArgumentException.ThrowIfNullOrEmpty(range);
        return Add(new LineFilter(op, range, EquatableArray<string>.Empty, Ip: true));
    }

    private LogQuery LineFilter(LineFilterOp op, string text, string[] or)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(or);
        if (op is LineFilterOp.Regex or LineFilterOp.NotRegex) Loki.CheckRegex(text, nameof(text));
        return Add(new LineFilter(op, text, EquatableArray.Create(or)));
    }

    // ---- parsers ----------------------------------------------------------------------------------------------

    /// <summary><c>| json</c>, or <c>| json a, b="x.y"</c> extracting only the named fields.</summary>
    public LogQuery Json(params LabelExtraction[] fields) => Add(new JsonParser(CheckExtractions(fields)));

    /// <summary><c>| logfmt</c> with optional <c>--strict</c>, <c>--keep-empty</c> and fields.</summary>
    public LogQuery Logfmt(bool strict = false, bool keepEmpty = false, params LabelExtraction[] fields) =>
        Add(new LogfmtParser(strict, keepEmpty, CheckExtractions(fields)));

    /// <summary><c>| regexp "(?P&lt;status&gt;\d+)"</c>: named groups become labels.</summary>
    public LogQuery Regexp(string regex)
    {
        Loki.CheckRegex(regex, nameof(regex));
        return Add(new RegexpParser(regex));
    }

    /// <summary><c>| pattern "&lt;ip&gt; - &lt;_&gt; &lt;status&gt;"</c>.</summary>
    public LogQuery Pattern(string pattern)
    {
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        return Add(new PatternParser(pattern));
    }

    /// <summary><c>| unpack</c>.</summary>
    public LogQuery Unpack() => Add(new UnpackParser());

    /// <summary><c>| decolorize</c>.</summary>
    public LogQuery Decolorize() => Add(new Decolorize());

    // ---- labels -----------------------------------------------------------------------------------------------

    /// <summary><c>| level="error" and status&gt;=500</c>: build filters with <see cref="Loki.Label"/>, join them with <c>&amp;</c> and <c>|</c>.</summary>
    public LogQuery Where(LabelFilter filter)
    {
        Loki.CheckFilter(filter);
        return Add(new LabelFilterStage(filter));
    }

    /// <summary><c>| __error__=""</c>: drops lines a parser could not read.</summary>
    public LogQuery WithoutErrors() => Where(Loki.NoErrors);

    /// <summary><c>| line_format "{{.msg}}"</c>.</summary>
    public LogQuery LineFormat(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return Add(new LineFormat(template));
    }

    /// <summary><c>| label_format dst=src, x="{{.y}}"</c> (<see cref="LabelFormatOp.Rename"/>, <see cref="LabelFormatOp.Template"/>).</summary>
    public LogQuery LabelFormat(params LabelFormatOp[] operations)
    {
        if (operations is null || operations.Length == 0) throw new ArgumentException("label_format needs at least one operation.", nameof(operations));
        foreach (var op in operations)
        {
            Loki.CheckLabelName(op.Target, nameof(operations));
            if (!op.IsTemplate) Loki.CheckLabelName(op.Source, nameof(operations));
        }
        return Add(new LabelFormat(EquatableArray.Create(operations)));
    }

    /// <summary><c>| drop a, b</c>.</summary>
    public LogQuery Drop(params LabelSelection[] labels) => Add(new DropLabels(CheckSelections(labels, "drop")));

    /// <summary><c>| keep a, b</c>.</summary>
    public LogQuery Keep(params LabelSelection[] labels) => Add(new KeepLabels(CheckSelections(labels, "keep")));

    // ---- toward metrics ---------------------------------------------------------------------------------------

    /// <summary><c>| unwrap label</c>: the label's values become samples for sum_over_time, quantile_over_time and the like.</summary>
    public UnwrappedLogQuery Unwrap(string label) => Unwrap(label, UnwrapConversion.None);

    /// <summary><c>| unwrap duration(label)</c>: reads <c>250ms</c>, <c>1.5s</c> as seconds.</summary>
    public UnwrappedLogQuery UnwrapDuration(string label) => Unwrap(label, UnwrapConversion.Duration);

    /// <summary><c>| unwrap bytes(label)</c>: reads <c>20KB</c> as bytes.</summary>
    public UnwrappedLogQuery UnwrapBytes(string label) => Unwrap(label, UnwrapConversion.Bytes);

    public UnwrappedLogQuery Unwrap(string label, UnwrapConversion conversion)
    {
        Loki.CheckLabelName(label, nameof(label));
        return new UnwrappedLogQuery(Log, new Unwrap(label, conversion));
    }

    /// <summary>Adds any pipeline stage.</summary>
    public LogQuery Add(PipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return new(Log.AddStage(stage));
    }

    private static EquatableArray<LabelExtraction> CheckExtractions(LabelExtraction[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var f in fields) Loki.CheckLabelName(f.Label, nameof(fields));
        return EquatableArray.Create(fields);
    }

    private static EquatableArray<LabelSelection> CheckSelections(LabelSelection[] labels, string stage)
    {
        if (labels is null || labels.Length == 0) throw new ArgumentException($"{stage} needs at least one label.", nameof(labels));
        foreach (var l in labels) Loki.CheckLabelName(l.Name, nameof(labels));
        return EquatableArray.Create(labels);
    }
}

/// <summary>
/// A log query ending in <c>| unwrap label</c>: not a query by itself, only the input of the unwrapped range aggregations
/// (<see cref="Loki.SumOverTime"/>, <see cref="Loki.QuantileOverTime"/>, ...). Label filters may follow the unwrap.
/// </summary>
public sealed class UnwrappedLogQuery : IEquatable<UnwrappedLogQuery>
{
    internal UnwrappedLogQuery(LogExpr log, Unwrap unwrap)
    {
        Log = log;
        Unwrap = unwrap;
    }

    public LogExpr Log { get; }

    public Unwrap Unwrap { get; }

    /// <summary><c>| unwrap x | __error__=""</c>: a label filter after the unwrap (e.g. drop failed conversions).</summary>
    public UnwrappedLogQuery Where(LabelFilter filter)
    {
        Loki.CheckFilter(filter);
        return new(Log, Unwrap with { PostFilters = Unwrap.PostFilters.Add(filter) });
    }

    /// <summary><c>| __error__=""</c> after the unwrap: drops samples whose value did not convert.</summary>
    public UnwrappedLogQuery WithoutErrors() => Where(Loki.NoErrors);

    internal LogRange Over(LokiDuration range, LokiDuration? offset) => new(Log, range, Unwrap, offset);

    public override string ToString() => Printing.LogQLPrinter.Print(Log, Unwrap);

    public bool Equals(UnwrappedLogQuery? other) => other is not null && Log.Equals(other.Log) && Unwrap.Equals(other.Unwrap);

    public override bool Equals(object? obj) => obj is UnwrappedLogQuery other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Log, Unwrap);
}
