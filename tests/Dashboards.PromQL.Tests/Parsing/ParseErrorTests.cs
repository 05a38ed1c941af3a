using Dashboards.PromQL.Parsing;

namespace Dashboards.PromQL.Tests.Parsing;

/// <summary>{in, line, column, message} table for text Prometheus rejects: the position and the reason must be right.</summary>
public class ParseErrorTests
{
    public static TheoryData<string, int, int, string> Cases => new()
    {
        { "rate(a[5m]) / rate(b[5m]) by (provider)", 1, 27, "grouping clause 'by (provider)' must follow an aggregation such as sum(...); it cannot follow a binary expression" },
        { "rate(a[5m]) by (provider)", 1, 13, "grouping clause 'by (provider)' must follow an aggregation such as sum(...); it cannot follow a function call (rate(...))" },
        { "foo without (a)", 1, 5, "grouping clause 'without (a)' must follow an aggregation" },
        { "sum(\n  rate(x[5m])\n) by (a) by (b)", 3, 10, "grouping clause 'by (b)' must follow an aggregation" },
        { "rate(x)", 1, 6, "expected type range vector in call to function \"rate\", got instant vector" },
        { "histogram_quantile(0.95, x[5m])", 1, 26, "expected type instant vector in call to function \"histogram_quantile\", got range vector" },
        { "rate(x[5m], 1)", 1, 5, "expected 1 argument(s) in call to \"rate\", got 2" },
        { "label_join(x, \"a\")", 1, 11, "expected at least 3 argument(s) in call to \"label_join\", got 2" },
        { "round(x, 1, 2)", 1, 6, "expected at most 2 argument(s) in call to \"round\", got 3" },
        { "unknown_fn(x)", 1, 1, "unknown function with name \"unknown_fn\"" },
        { "sum(x[5m])", 1, 5, "expected type instant vector in aggregation expression, got range vector" },
        { "topk(x)", 1, 5, "wrong number of arguments for aggregate expression provided, expected 2, got 1" },
        { "topk(\"a\", x)", 1, 6, "expected type scalar in aggregation parameter, got string" },
        { "count_values(1, x)", 1, 14, "expected type string in aggregation parameter, got scalar" },
        { "sum by (a) (x) by (b)", 1, 16, "duplicate grouping clause" },
        { "x[5m] + 1", 1, 1, "binary expression must contain only scalar and instant vector types" },
        { "1 > 2", 1, 3, "comparisons between scalars must use BOOL modifier" },
        { "a + bool b", 1, 5, "bool modifier can only be used on comparison operators" },
        { "1 and x", 1, 3, "set operator \"and\" not allowed in binary scalar expression" },
        { "1 + on(a) x", 1, 3, "vector matching only allowed between instant vectors" },
        { "a and on(x) group_left b", 1, 13, "no grouping allowed for \"and\" operation" },
        { "a * on(x) group_left(x) b", 1, 11, "label \"x\" must not occur in ON and GROUP clause at once" },
        { "a * group_left b", 1, 5, "group_left needs on (...) or ignoring (...) before it" },
        { "a * on(x) group_left (b)", 1, 25, "unexpected end of input" },
        { "-x[5m]", 1, 1, "unary expression only allowed on expressions of type scalar or instant vector, got range vector" },
        { "rate(x[5m])[10m]", 1, 12, "ranges only allowed for vector selectors, not for a function call (rate(...))" },
        { "(x)[5m]", 1, 4, "ranges only allowed for vector selectors" },
        { "x offset 5m [10m]", 1, 13, "the range must come before offset and @ modifiers" },
        { "x[5m][10m:]", 1, 6, "subquery is only allowed on instant vector, got range vector instead" },
        { "rate(x[5m]) offset 5m", 1, 13, "offset modifier must be preceded by an instant vector selector or range vector selector or a subquery" },
        { "x offset 5m offset 1m", 1, 13, "offset may not be set multiple times" },
        { "x @ 1 @ 2", 1, 7, "@ <timestamp> may not be set multiple times" },
        { "x @ foo()", 1, 5, "unexpected identifier \"foo\" after @" },
        { "x[5x]", 1, 3, "bad number or duration syntax \"5x\"" },
        { "x[5m30h]", 1, 3, "bad duration \"5m30h\"" },
        { "x[0s]", 1, 3, "range must be greater than 0" },
        { "x[5m:0s]", 1, 6, "subquery step must be greater than 0" },
        { "x[0]", 1, 3, "range must be greater than 0" },
        { "x[5m/0]", 1, 5, "division by zero" },
        { "x[step()%0]", 1, 9, "modulo by zero" },
        { "1e309", 1, 1, "number \"1e309\" out of range" },
        { "0x8000000000000000", 1, 1, "hexadecimal number \"0x8000000000000000\" out of range" },
        { "foo{\"bar\"}", 1, 5, "metric name must not be set twice: \"foo\" or \"bar\"" },
        { "sum by (\"\") (x)", 1, 9, "invalid label name for grouping: \"\"" },
        { "info(x, y)", 1, 9, "expected label selectors only, got vector selector instead" },
        { "info(x, rate(y[5m]))", 1, 9, "expected label selectors only" },
        { "x[5m] anchored smoothed", 1, 16, "anchored and smoothed modifiers cannot be used together" },
        { "rate(x[5m])[10m:] anchored", 1, 19, "anchored modifier is not supported for subqueries" },
        { "1 + fill(0) 2", 1, 3, "filling in missing series only allowed between instant vectors" },
        { "a and fill(0) b", 1, 3, "filling in missing series not allowed for set operators" },
        { "\"\uFFFD\"", 1, 2, "invalid UTF-8 rune" },
        { "{}", 1, 1, "vector selector must contain at least one non-empty matcher" },
        { "{a=\"\"}", 1, 1, "vector selector must contain at least one non-empty matcher" },
        { "{a=~\".*\"}", 1, 1, "vector selector must contain at least one non-empty matcher" },
        { "foo{__name__=\"bar\"}", 1, 5, "metric name must not be set twice" },
        { "foo{a==\"b\"}", 1, 6, "unexpected \"==\" in label matcher" },
        { "foo{a=b}", 1, 7, "unexpected identifier \"b\" in label matching" },
        { "foo{a=\"b\" c=\"d\"}", 1, 11, "unexpected identifier \"c\" in label matching" },
        { "foo{a:b=\"c\"}", 1, 5, "invalid label name \"a:b\"" },
        { "foo{a=\"b}", 1, 7, "unterminated quoted string" },
        { "\"a\\qb\"", 1, 3, "unknown escape sequence \\q" },
        { "sum(x", 1, 6, "unexpected end of input" },
        { "sum(x,", 1, 7, "unclosed aggregation" },
        { "rate(x[5m],", 1, 12, "unclosed call to \"rate\"" },
        { "sum x", 1, 5, "unexpected identifier \"x\"" },
        { "bool", 1, 1, "unexpected \"bool\"" },
        { "(x", 1, 3, "unexpected end of input" },
        { "()", 1, 2, "unexpected \")\" in parentheses" },
        { "x +", 1, 4, "unexpected end of input after \"+\"" },
        { "", 1, 1, "no expression found in input" },
        { "x y", 1, 3, "unexpected identifier \"y\"" },
        { "1.5m", 1, 1, "bad number or duration syntax \"1.5m\"" },
        { "0x", 1, 1, "bad hexadecimal number" },
        { "x ! y", 1, 3, "unexpected character '!'" },
        { "x[$]", 1, 3, "unexpected character '$'" },
        { "$__rate_interval", 1, 1, "Grafana variable \"$__rate_interval\" stands for a duration (such as 5m), which PromQL does not take as a number" },
        // Grafana variables that stand for numbers, where PromQL wants something else
        { "x * $__range", 1, 5, "Grafana variable \"$__range\" stands for a duration (such as 5m), which PromQL does not take as a number; it belongs in a [range], offset or subquery step; expected a number variable such as $__range_s" },
        { "rate($__range_s)", 1, 6, "expected type range vector in call to function \"rate\", got scalar ($__range_s is a Grafana variable, which stands for a number there); expected range vector" },
        { "sum(\n  rate(x[5m])\n) / rate(${k})", 3, 10, "expected type range vector in call to function \"rate\", got scalar (${k} is a Grafana variable" },
        { "sum($k)", 1, 5, "expected type instant vector in aggregation expression, got scalar ($k is a Grafana variable, which stands for a number there)" },
        { "count_values($k, x)", 1, 14, "expected type string in aggregation parameter, got scalar ($k is a Grafana variable" },
        { "$k[5m]", 1, 3, "ranges only allowed for vector selectors, not for a Grafana variable standing for a number ($k)" },
        { "[[k]] offset 5m", 1, 7, "offset modifier must be preceded by an instant vector selector" },
        { "$metric{job=\"a\"}", 1, 1, "a Grafana variable cannot stand for a metric name (\"$metric{\"); expected a matcher on the name, e.g. {__name__=~\"$metric\", ...}" },
        { "x[$__range_s]", 1, 3, "Grafana variable \"$__range_s\" stands for a number, not a duration, in range; expected its duration form $__range" },
        { "x offset $__interval_ms", 1, 10, "Grafana variable \"$__interval_ms\" stands for a number, not a duration, in offset; expected its duration form $__interval" },
        { "x[1h:${__rate_interval_ms}]", 1, 6, "Grafana variable \"${__rate_interval_ms}\" stands for a number, not a duration, in subquery step" },
        { "x[$__from]", 1, 3, "Grafana variable \"$__from\" stands for a number, not a duration, in range; expected a duration such as 5m or $__range" },
        { "$k > 1", 1, 4, "comparisons between scalars must use BOOL modifier" },
        { "$k and x", 1, 4, "set operator \"and\" not allowed in binary scalar expression" },
        { "x offset -$__interval", 1, 11, "a Grafana variable offset cannot be negated" },
        { "sum by (a", 1, 10, "unexpected end of input in by clause" },
        { "x\n  + \n  rate(y)", 3, 8, "expected type range vector in call to function \"rate\", got instant vector" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects_with_line_column_and_reason(string input, int line, int column, string reason)
    {
        var e = Assert.Throws<PromQLParseException>(() => PromQLParser.Parse(input));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.StartsWith($"{line}:{column}: ", e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<FormatException>(e);
    }

    [Fact]
    public void Grouping_error_says_what_was_expected()
    {
        var e = Assert.Throws<PromQLParseException>(() => PromQLParser.Parse("rate(a[5m]) / rate(b[5m]) by (provider)"));
        Assert.Equal("an aggregation, e.g. sum by (...) (expr)", e.Expected);
        Assert.Equal(26, e.Offset);
    }

    [Fact]
    public void Try_parse_reports_instead_of_throwing()
    {
        Assert.False(PromQLParser.TryParse("sum(", out var expr, out var error));
        Assert.Null(expr);
        Assert.NotNull(error);
        Assert.True(PromQLParser.TryParse("sum(x)", out expr, out error));
        Assert.IsType<AggregateExpr>(expr);
        Assert.Null(error);
    }
}
