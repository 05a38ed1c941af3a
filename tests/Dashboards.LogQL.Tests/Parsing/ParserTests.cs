using Dashboards.LogQL.Parsing;

namespace Dashboards.LogQL.Tests.Parsing;

public class ParserTests
{
    public static TheoryData<string, string> RoundTrips()
    {
        var data = new TheoryData<string, string>();
        foreach (var (input, output) in Cases.RoundTrips) data.Add(input, output);
        return data;
    }

    public static TheoryData<string, int, int, string> Errors()
    {
        var data = new TheoryData<string, int, int, string>();
        foreach (var e in Cases.Errors) data.Add(e.Query, e.Line, e.Column, e.Reason);
        return data;
    }

    [Theory]
    [MemberData(nameof(RoundTrips))]
    public void Parses_and_prints_canonically(string input, string expected)
    {
        var parsed = LogQLParser.Parse(input);
        Assert.Equal(expected, parsed.ToString());
        var reparsed = LogQLParser.Parse(expected);
        Assert.Equal(parsed, reparsed);
        Assert.Equal(expected, reparsed.ToString());
    }

    [Theory]
    [MemberData(nameof(Errors))]
    public void Rejects_with_position_and_reason(string query, int line, int column, string reason)
    {
        var error = Assert.Throws<LogQLParseException>(() => LogQLParser.Parse(query));
        Assert.Contains(reason, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith($"{line}:{column}: ", error.Message);
    }

    [Fact]
    public void Parsed_nodes_carry_their_spans()
    {
        var text = "sum(rate({app=\"api\"}[5m])) / 2";
        var binary = Assert.IsType<BinaryExpr>(LogQLParser.Parse(text));
        Assert.Equal(0, binary.Span.Start);
        Assert.Equal(text.Length, binary.Span.Length);
        var sum = Assert.IsType<VectorAggregation>(binary.Left);
        Assert.Equal("sum(rate({app=\"api\"}[5m]))", text.Substring(sum.Span.Start, sum.Span.Length));
    }

    [Fact]
    public void Log_and_metric_entry_points_check_the_kind()
    {
        Assert.IsType<LogExpr>(LogQLParser.ParseLog("{a=\"b\"} | json"));
        Assert.Contains("expected a log query", Assert.Throws<LogQLParseException>(() => LogQLParser.ParseLog("rate({a=\"b\"}[1m])")).Message);
        Assert.Contains("expected a metric query", Assert.Throws<LogQLParseException>(() => LogQLParser.ParseMetric("{a=\"b\"}")).Message);
        Assert.IsType<MetricQuery>(LogQLQuery.Parse("rate({a=\"b\"}[1m])"));
        Assert.IsType<LogQuery>(LogQLQuery.Parse("{a=\"b\"}"));
    }

    [Fact]
    public void Reads_the_parts_of_a_query()
    {
        var r = Assert.IsType<RangeAggregation>(LogQLParser.Parse(
            "quantile_over_time(0.95, {app=\"api\"} |= \"GET\" | logfmt | unwrap duration(latency) | __error__=\"\" [5m] offset 1h) by (route)"));
        Assert.Equal(RangeOp.QuantileOverTime, r.Op);
        Assert.Equal(0.95, r.Parameter);
        Assert.Equal(new Grouping(false, ["route"]), r.Grouping);
        Assert.Equal(5 * 60_000, r.Range.Range.Milliseconds);
        Assert.Equal(3_600_000, r.Range.Offset!.Value.Milliseconds);
        Assert.Equal(new Unwrap("latency", UnwrapConversion.Duration, [Loki.NoErrors]), r.Range.Unwrap);
        Assert.Equal([new LineFilter(LineFilterOp.Contains, "GET"), new LogfmtParser(false, false, [])], r.Range.Log.Pipeline);
        Assert.Equal([LabelMatcher.Equal("app", "api")], r.Range.Log.Selector.Matchers);
    }

    [Fact]
    public void Label_filter_values_keep_their_kind()
    {
        var log = LogQLParser.ParseLog("{a=\"b\"} | x >= 1.5s | y < 20KB | z != 3 | w = \"3\"");
        Assert.Equal(new DurationLabelFilter("x", CompareOp.GreaterOrEqual, new FilterDuration(1_500_000_000)), ((LabelFilterStage)log.Pipeline[0]).Filter);
        Assert.Equal(new BytesLabelFilter("y", CompareOp.Less, new ByteSize(20, ByteUnit.KB)), ((LabelFilterStage)log.Pipeline[1]).Filter);
        Assert.Equal(new NumberLabelFilter("z", CompareOp.NotEqual, 3), ((LabelFilterStage)log.Pipeline[2]).Filter);
        Assert.Equal(new StringLabelFilter(LabelMatcher.Equal("w", "3")), ((LabelFilterStage)log.Pipeline[3]).Filter);
    }

    [Fact]
    public void And_binds_tighter_than_or_in_label_filters()
    {
        var log = LogQLParser.ParseLog("{a=\"b\"} | x=\"1\" or y=\"2\" and z=\"3\"");
        var or = Assert.IsType<BinaryLabelFilter>(((LabelFilterStage)log.Pipeline[0]).Filter);
        Assert.Equal(LabelFilterJoin.Or, or.Join);
        Assert.Equal(LabelFilterJoin.And, Assert.IsType<BinaryLabelFilter>(or.Right).Join);
    }

    [Fact]
    public void Binary_operators_follow_Loki_precedence()
    {
        var e = Assert.IsType<BinaryExpr>(LogQLParser.Parse("1 + 2 * 3 > 4 or vector(5)"));
        Assert.Equal(BinaryOp.Or, e.Op);
        var cmp = Assert.IsType<BinaryExpr>(e.Left);
        Assert.Equal(BinaryOp.Greater, cmp.Op);
        var add = Assert.IsType<BinaryExpr>(cmp.Left);
        Assert.Equal(BinaryOp.Add, add.Op);
        Assert.Equal(BinaryOp.Multiply, Assert.IsType<BinaryExpr>(add.Right).Op);
        var pow = Assert.IsType<BinaryExpr>(LogQLParser.Parse("2 ^ 3 ^ 2"));
        Assert.IsType<BinaryExpr>(pow.Right);
    }
}
