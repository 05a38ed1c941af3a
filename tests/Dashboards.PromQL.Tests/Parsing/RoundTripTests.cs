using Dashboards.PromQL.Parsing;

namespace Dashboards.PromQL.Tests.Parsing;

/// <summary>{in, out} tables: the text on the left parses and prints as the text on the right, and the printed text parses to the same tree.</summary>
public class RoundTripTests
{
    public static TheoryData<string, string> Cases => new()
    {
        // selectors
        { "foo", "foo" },
        { "foo{}", "foo" },
        { "foo{a=\"b\"}", "foo{a=\"b\"}" },
        { "foo{ a = 'b' , c!=\"d\", e=~`f.*`, g!~\"h\" , }", "foo{a=\"b\", c!=\"d\", e=~\"f.*\", g!~\"h\"}" },
        { "{__name__=~\"foo.*\"}", "{__name__=~\"foo.*\"}" },
        { "{job=\"x\"}", "{job=\"x\"}" },
        { "foo:bar:baz_total", "foo:bar:baz_total" },
        { "foo{on=\"x\", by=\"y\"}", "foo{on=\"x\", by=\"y\"}" },
        { "foo{a=\"quote\\\"back\\\\slash\\nnl\"}", "foo{a=\"quote\\\"back\\\\slash\\nnl\"}" },
        { "foo{a='it\\'s'}", "foo{a=\"it's\"}" },
        { "foo{a=\"\\u00e9\\x41\\101\"}", "foo{a=\"éAA\"}" },
        // a run of byte escapes is UTF-8; a byte that is not stays a raw byte (Prometheus keeps it) and prints back as \xHH
        { "foo{a=\"\\xe2\\x82\\xac\\342\\202\\254\\xff\"}", "foo{a=\"€€\\xff\"}" },
        // ranges, durations, offsets, @
        { "foo[5m]", "foo[5m]" },
        { "foo[90m]", "foo[1h30m]" },
        { "foo[1h30m]", "foo[1h30m]" },
        { "foo[1500ms]", "foo[1s500ms]" },
        { "foo[2w]", "foo[2w]" },
        { "foo[14d]", "foo[2w]" },
        { "foo[1y]", "foo[1y]" },
        { "foo[$__rate_interval]", "foo[$__rate_interval]" },
        { "foo[${window}]", "foo[${window}]" },
        { "foo[[[window]]]", "foo[[[window]]]" },
        { "foo[$window]", "foo[$window]" },
        { "foo offset 5m", "foo offset 5m" },
        { "foo offset -5m", "foo offset -5m" },
        { "foo offset $__interval", "foo offset $__interval" },
        { "foo[5m] offset 1h", "foo[5m] offset 1h" },
        { "foo @ 1609746000", "foo @ 1609746000" },
        { "foo @ 1609746000.5", "foo @ 1609746000.5" },
        { "foo @ start()", "foo @ start()" },
        { "foo @ end() offset 5m", "foo offset 5m @ end()" },
        { "foo[5m] @ end()", "foo[5m] @ end()" },
        { "OFFSET_test offset 5m", "OFFSET_test offset 5m" },
        { "infra", "infra" },
        { "rate", "rate" },
        { "{__name__=\"inf\"}", "{__name__=\"inf\"}" },
        // subqueries
        { "rate(foo[5m])[30m:1m]", "rate(foo[5m])[30m:1m]" },
        { "foo[30m:]", "foo[30m:]" },
        { "(a + b)[1h:5m]", "(a + b)[1h:5m]" },
        { "(foo offset 5m)[1h:]", "(foo offset 5m)[1h:]" },
        { "max_over_time(rate(foo[5m])[1h:$__interval] offset 1d)", "max_over_time(rate(foo[5m])[1h:$__interval] offset 1d)" },
        // numbers and strings
        { "1", "1" },
        { "1.5", "1.5" },
        { ".5", "0.5" },
        { "0x1F", "31" },
        { "1e3", "1000" },
        { "1.5e-7", "1.5e-07" },
        { "Inf", "Inf" },
        { "-inf", "-Inf" },
        { "NaN", "NaN" },
        { "-1", "-1" },
        { "+1", "1" },
        { "\"a\\tb\"", "\"a\\tb\"" },
        { "`raw\\n`", "\"raw\\\\n\"" },
        // unary
        { "-foo", "-foo" },
        { "+foo", "+foo" },
        { "-(foo + bar)", "-(foo + bar)" },
        { "- - foo", "-(-foo)" },
        { "-(1)", "-(1)" },
        { "-foo ^ 2", "-foo ^ 2" },
        { "(-foo) ^ 2", "(-foo) ^ 2" },
        { "-1 ^ 2", "-1 ^ 2" },
        { "(-1) ^ 2", "(-1) ^ 2" },
        { "2 ^ -1", "2 ^ -1" },
        { "foo * -bar", "foo * -bar" },
        // precedence and associativity
        { "a + b * c", "a + b * c" },
        { "(a + b) * c", "(a + b) * c" },
        { "a - (b - c)", "a - (b - c)" },
        { "(a - b) - c", "a - b - c" },
        { "a ^ b ^ c", "a ^ b ^ c" },
        { "(a ^ b) ^ c", "(a ^ b) ^ c" },
        { "a / b % c atan2 d", "a / b % c atan2 d" },
        { "a or b and c unless d", "a or b and c unless d" },
        { "(a or b) and c", "(a or b) and c" },
        { "a > b == c", "a > b == c" },
        { "a + b > c * d", "a + b > c * d" },
        { "((a))", "a" },
        // bool and vector matching
        { "a > bool b", "a > bool b" },
        { "1 == bool 2", "1 == bool 2" },
        { "a / on(x, y) b", "a / on (x, y) b" },
        { "a / ignoring(x) group_left(y) b", "a / ignoring (x) group_left (y) b" },
        { "a * on(x) group_right b", "a * on (x) group_right b" },
        { "a * on() group_left() b", "a * on () group_left b" },
        { "a and on(x) b", "a and on (x) b" },
        { "a * on(x) group_left() (b + c)", "a * on (x) group_left () (b + c)" },
        { "a * on(x) group_left() -b", "a * on (x) group_left -b" },
        { "a > bool on (x) b", "a > bool on (x) b" },
        // aggregations
        { "sum(foo)", "sum(foo)" },
        { "sum by (a) (foo)", "sum by (a) (foo)" },
        { "sum(foo) by (a)", "sum by (a) (foo)" },
        { "SUM BY (a, b,) (foo)", "sum by (a, b) (foo)" },
        { "sum without (a) (foo)", "sum without (a) (foo)" },
        { "sum by () (foo)", "sum by () (foo)" },
        { "topk(5, foo)", "topk(5, foo)" },
        { "topk by (a) (5, foo)", "topk by (a) (5, foo)" },
        { "bottomk(3, foo) by (a)", "bottomk by (a) (3, foo)" },
        { "quantile(0.9, foo)", "quantile(0.9, foo)" },
        { "count_values(\"v\", foo)", "count_values(\"v\", foo)" },
        { "limitk(2, foo)", "limitk(2, foo)" },
        { "limit_ratio(0.5, foo)", "limit_ratio(0.5, foo)" },
        { "group by (job) (up)", "group by (job) (up)" },
        { "stddev(foo) + stdvar(foo) + avg(foo) + min(foo) + max(foo) + count(foo)", "stddev(foo) + stdvar(foo) + avg(foo) + min(foo) + max(foo) + count(foo)" },
        { "sum by (on, by) (foo)", "sum by (on, by) (foo)" },
        // functions
        { "rate(foo[5m])", "rate(foo[5m])" },
        { "histogram_quantile(0.95, sum by (le) (rate(foo_bucket[5m])))", "histogram_quantile(0.95, sum by (le) (rate(foo_bucket[5m])))" },
        { "histogram_quantile(0.95, sum(rate(foo_bucket[5m])) by (le))", "histogram_quantile(0.95, sum by (le) (rate(foo_bucket[5m])))" },
        { "label_replace(up, \"a\", \"$1\", \"b\", \"(.*)\")", "label_replace(up, \"a\", \"$1\", \"b\", \"(.*)\")" },
        { "label_join(up, \"a\", \",\", \"b\", \"c\", \"d\")", "label_join(up, \"a\", \",\", \"b\", \"c\", \"d\")" },
        { "round(foo)", "round(foo)" },
        { "round(foo, 0.5)", "round(foo, 0.5)" },
        { "hour()", "hour()" },
        { "hour(timestamp(up))", "hour(timestamp(up))" },
        { "time() - 1", "time() - 1" },
        { "vector(1)", "vector(1)" },
        { "scalar(foo) * 2", "scalar(foo) * 2" },
        { "pi()", "pi()" },
        { "sort_by_label(foo, \"a\", \"b\")", "sort_by_label(foo, \"a\", \"b\")" },
        { "info(up)", "info(up)" },
        { "clamp(foo, 0, 1)", "clamp(foo, 0, 1)" },
        { "absent_over_time(foo[5m])", "absent_over_time(foo[5m])" },
        // Grafana variables in strings
        { "foo{provider=~\"$provider\"}", "foo{provider=~\"$provider\"}" },
        { "foo{provider=~\"${provider:regex}\"}", "foo{provider=~\"${provider:regex}\"}" },
        // Grafana variables that Grafana replaces with numbers: scalars
        { "x * $__range_s", "x * $__range_s" },
        { "increase(x[$__range]) / $__range_s", "increase(x[$__range]) / $__range_s" },
        { "x/($__interval_ms/1000)", "x / ($__interval_ms / 1000)" },
        { "rate(x[$__rate_interval]) * $__rate_interval_ms", "rate(x[$__rate_interval]) * $__rate_interval_ms" },
        { "x / ${__range_ms}", "x / ${__range_ms}" },
        { "time() - $__to / 1000", "time() - $__to / 1000" },
        { "topk($k, x)", "topk($k, x)" },
        { "topk(${k}, x)", "topk(${k}, x)" },
        { "bottomk([[k]], x)", "bottomk([[k]], x)" },
        { "limitk(${k:raw}, x)", "limitk(${k:raw}, x)" },
        { "quantile($q, x)", "quantile($q, x)" },
        { "histogram_quantile($q, sum by (le) (rate(x_bucket[5m])))", "histogram_quantile($q, sum by (le) (rate(x_bucket[5m])))" },
        { "clamp_min(x, $min)", "clamp_min(x, $min)" },
        { "predict_linear(x[1h], $__range_s)", "predict_linear(x[1h], $__range_s)" },
        { "rate(x[$window]) * $factor", "rate(x[$window]) * $factor" },
        { "max_over_time(x[$__range:$__interval]) / $__interval_ms", "max_over_time(x[$__range:$__interval]) / $__interval_ms" },
        { "x > $threshold", "x > $threshold" },
        { "$k > bool 1", "$k > bool 1" },
        { "$k", "$k" },
        { "-$k", "-$k" },
        { "x * -$k", "x * -$k" },
        { "(-$k) ^ 2", "(-$k) ^ 2" },
        { "$a ^ $b ^ 2", "$a ^ $b ^ 2" },
        { "($a ^ $b) ^ 2", "($a ^ $b) ^ 2" },
        { "($k)", "$k" },
        // comments and whitespace
        { "sum(\n  rate(foo[5m]) # per second\n)", "sum(rate(foo[5m]))" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parses_prints_and_parses_back_to_the_same_tree(string input, string expected)
    {
        var tree = PromQLParser.Parse(input);
        var printed = tree.ToString();
        Assert.Equal(expected, printed);
        var reparsed = PromQLParser.Parse(printed);
        Assert.Equal(tree, reparsed);
        Assert.Equal(printed, reparsed.ToString());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pretty_form_parses_to_the_same_tree(string input, string _)
    {
        var tree = PromQLParser.Parse(input);
        var pretty = tree.ToPrettyString(maxLineWidth: 10);
        Assert.Equal(tree, PromQLParser.Parse(pretty));
    }
}
