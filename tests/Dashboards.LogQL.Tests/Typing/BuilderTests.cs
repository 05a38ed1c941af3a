using Dashboards.LogQL.Parsing;

namespace Dashboards.LogQL.Tests.Typing;

public class BuilderTests
{
    private static readonly LogQuery Api = Loki.Stream("app", "api");

    public static TheoryData<string, string> Built() => new()
    {
        { Api.ToString(), "{app=\"api\"}" },
        { Loki.Stream(LabelMatcher.Equal("app", "api"), LabelMatcher.Regex("env", "$env")).ToString(), "{app=\"api\", env=~\"$env\"}" },
        { Api.Stream("pod", "p-1").ToString(), "{app=\"api\", pod=\"p-1\"}" },
        { Api.Contains("error").NotContains("health").LineMatches("time(out)?").LineNotMatches("debug").ToString(),
            "{app=\"api\"} |= \"error\" != \"health\" |~ \"time(out)?\" !~ \"debug\"" },
        { Api.Contains("a", "b").LineMatchesPattern("<_> error <_>").ToString(), "{app=\"api\"} |= \"a\" or \"b\" |> \"<_> error <_>\"" },
        { Api.Json().ToString(), "{app=\"api\"} | json" },
        { Api.Json("status", new LabelExtraction("ua", "headers.ua")).ToString(), "{app=\"api\"} | json status, ua=\"headers.ua\"" },
        { Api.Logfmt(strict: true).ToString(), "{app=\"api\"} | logfmt --strict" },
        { Api.Regexp("(?P<status>\\d{3})").ToString(), "{app=\"api\"} | regexp \"(?P<status>\\\\d{3})\"" },
        { Api.Pattern("<ip> - <_> \"<method> <uri>\"").ToString(), "{app=\"api\"} | pattern \"<ip> - <_> \\\"<method> <uri>\\\"\"" },
        { Api.Unpack().Decolorize().ToString(), "{app=\"api\"} | unpack | decolorize" },
        { Api.Json().WithoutErrors().Where(Loki.Label("level").Is("error") | Loki.Label("status") >= 500).ToString(),
            "{app=\"api\"} | json | __error__=\"\" | level=\"error\" or status>=500" },
        { Api.Logfmt().Where((Loki.Label("a").Is("1") | Loki.Label("b").Matches("x.*")) & (Loki.Label("latency") > TimeSpan.FromMilliseconds(250))).ToString(),
            "{app=\"api\"} | logfmt | (a=\"1\" or b=~\"x.*\") and latency>250ms" },
        { Api.Logfmt().Where(Loki.Label("size") > ByteSize.KB(20) & Loki.Label("code").NotEqualTo(200)).ToString(),
            "{app=\"api\"} | logfmt | size>20KB and code!=200" },
        { Api.Json().LineFormat("{{.level}} {{.msg}}").LabelFormat(LabelFormatOp.Rename("lvl", "level"), LabelFormatOp.Template("m", "{{.msg}}")).ToString(),
            "{app=\"api\"} | json | line_format \"{{.level}} {{.msg}}\" | label_format lvl=level, m=\"{{.msg}}\"" },
        { Api.Json().Drop("pod", new LabelSelection("level", LabelMatcher.Equal("level", "debug"))).Keep("level").ToString(),
            "{app=\"api\"} | json | drop pod, level=\"debug\" | keep level" },
        { Loki.Rate(Api.Contains("error"), LokiDuration.FromMinutes(5)).ToString(), "rate({app=\"api\"} |= \"error\" [5m])" },
        { Loki.CountOverTime(Api, LokiDuration.Auto).ToString(), "count_over_time({app=\"api\"} [$__auto])" },
        { Loki.BytesOverTime(Api, TimeSpan.FromHours(1)).ToString(), "bytes_over_time({app=\"api\"} [1h])" },
        { Loki.BytesRate(Api, LokiDuration.Var("window")).ToString(), "bytes_rate({app=\"api\"} [$window])" },
        { Loki.CountOverTime(Api, LokiDuration.FromMinutes(5), offset: LokiDuration.FromHours(1)).ToString(), "count_over_time({app=\"api\"} [5m] offset 1h)" },
        { Loki.SumOverTime(Api.Json().Unwrap("bytes"), LokiDuration.Interval).ToString(), "sum_over_time({app=\"api\"} | json | unwrap bytes [$__interval])" },
        { Loki.QuantileOverTime(0.99, Api.Logfmt().UnwrapDuration("latency").WithoutErrors(), LokiDuration.FromMinutes(5)).By("route").ToString(),
            "quantile_over_time(0.99, {app=\"api\"} | logfmt | unwrap duration(latency) | __error__=\"\" [5m]) by (route)" },
        { Loki.AvgOverTime(Api.Logfmt().UnwrapBytes("size"), LokiDuration.FromMinutes(1)).ToString(), "avg_over_time({app=\"api\"} | logfmt | unwrap bytes(size) [1m])" },
        { Loki.Sum(Loki.CountOverTime(Api.Json(), LokiDuration.Auto)).By("level").ToString(), "sum by (level) (count_over_time({app=\"api\"} | json [$__auto]))" },
        { Loki.TopK(10, Loki.Max(Loki.MaxOverTime(Api.Json().WithoutErrors().Unwrap("cost_usd"), LokiDuration.Range)).By("user_id", "query")).ToString(),
            "topk(10, max by (user_id, query) (max_over_time({app=\"api\"} | json | __error__=\"\" | unwrap cost_usd [$__range])))" },
        { (Loki.Sum(Loki.Rate(Api.Contains("error"), LokiDuration.Auto)) / Loki.Sum(Loki.Rate(Api, LokiDuration.Auto)) * 100).ToString(),
            "sum(rate({app=\"api\"} |= \"error\" [$__auto])) / sum(rate({app=\"api\"} [$__auto])) * 100" },
        { (100 * (1 - Loki.Sum(Loki.Rate(Api, LokiDuration.Auto)))).ToString(), "100 * (1 - sum(rate({app=\"api\"} [$__auto])))" },
        { (Loki.Rate(Api, LokiDuration.Auto) > 5).Bool().ToString(), "rate({app=\"api\"} [$__auto]) > bool 5" },
        { Loki.Sum(Loki.Rate(Api, LokiDuration.Auto)).By("a").Or(Loki.Vector(0)).ToString(), "sum by (a) (rate({app=\"api\"} [$__auto])) or vector(0)" },
        { Loki.LabelReplace(Loki.Rate(Api, LokiDuration.Auto), "svc", "$1", "pod", "(.*)-[0-9]+").ToString(),
            "label_replace(rate({app=\"api\"} [$__auto]), \"svc\", \"$1\", \"pod\", \"(.*)-[0-9]+\")" },
        { (Loki.Rate(Api, LokiDuration.Auto) / Loki.Rate(Api, LokiDuration.Auto)).On("pod").GroupLeft("node").ToString(),
            "rate({app=\"api\"} [$__auto]) / on (pod) group_left (node) rate({app=\"api\"} [$__auto])" },
    };

    [Theory]
    [MemberData(nameof(Built))]
    public void Builds_canonical_text_that_parses_back_equal(string built, string expected)
    {
        Assert.Equal(expected, built);
        Assert.Equal(expected, LogQLParser.Parse(built).ToString());
    }

    [Fact]
    public void Builder_trees_equal_parsed_trees()
    {
        var built = Loki.QuantileOverTime(0.5, Api.Json().Unwrap("x"), LokiDuration.FromMinutes(5)).By("a");
        Assert.Equal(built, LogQLQuery.Parse(built.ToString()));
        Assert.Equal(built.Syntax, MetricQuery.Parse(built.ToString()).Syntax);
    }

    [Fact]
    public void The_types_keep_log_and_metric_queries_apart()
    {
        // What Loki rejects has no overload: the compiler refuses it before Loki ever sees it.
        static IEnumerable<Type> FirstParameters(string name) =>
            typeof(Loki).GetMethods().Where(m => m.Name == name).Select(m => m.GetParameters().First(p => p.ParameterType != typeof(double)).ParameterType);
        foreach (var name in new[] { "SumOverTime", "AvgOverTime", "MinOverTime", "MaxOverTime", "StddevOverTime", "StdvarOverTime", "FirstOverTime", "LastOverTime", "QuantileOverTime", "RateCounter" })
            Assert.All(FirstParameters(name), t => Assert.Equal(typeof(UnwrappedLogQuery), t));
        foreach (var name in new[] { "CountOverTime", "BytesOverTime", "BytesRate", "AbsentOverTime" })
            Assert.All(FirstParameters(name), t => Assert.Equal(typeof(LogQuery), t));
        Assert.Equal([typeof(LogQuery), typeof(UnwrappedLogQuery)], FirstParameters("Rate").Order(Comparer<Type>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name))));
        foreach (var name in new[] { "Sum", "Avg", "Min", "Max", "Count", "Stddev", "Stdvar", "Sort", "SortDesc" })
            Assert.All(FirstParameters(name), t => Assert.Equal(typeof(MetricQuery), t));
        Assert.False(typeof(LogQLQuery).IsAssignableFrom(typeof(UnwrappedLogQuery)));
    }

    [Fact]
    public void Bad_arguments_fail_with_clear_messages()
    {
        Assert.Contains("empty value", Assert.Throws<ArgumentException>(() => Loki.Stream("app", "")).Message);
        Assert.Contains("empty value", Assert.Throws<ArgumentException>(() => Loki.Stream(LabelMatcher.Regex("app", ".*"))).Message);
        Assert.Contains("not a LogQL label name", Assert.Throws<ArgumentException>(() => Loki.Stream("1app", "x")).Message);
        Assert.Contains("not a valid regular expression", Assert.Throws<ArgumentException>(() => Api.LineMatches("(")).Message);
        Assert.Contains("Loki does not allow 'by' on count_over_time", Assert.Throws<InvalidOperationException>(() => Loki.CountOverTime(Api, LokiDuration.Auto).By("x")).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Loki.QuantileOverTime(1.5, Api.Json().Unwrap("x"), LokiDuration.Auto));
        Assert.Throws<ArgumentOutOfRangeException>(() => Loki.TopK(0, Loki.Rate(Api, LokiDuration.Auto)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Loki.Number(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => Loki.Vector(-1));
        Assert.Throws<ArgumentException>(() => Loki.Rate(Api, default));
        Assert.Contains("bool applies to a comparison", Assert.Throws<InvalidOperationException>(() => (Loki.Rate(Api, LokiDuration.Auto) + 1).Bool()).Message);
        Assert.Throws<ArgumentException>(() => LokiDuration.Var("not a var"));
        Assert.Contains("use Loki.Vector(n)", Assert.Throws<ArgumentException>(() => Loki.Rate(Api, LokiDuration.Auto).Or(1)).Message);
        Assert.Throws<ArgumentException>(() => LokiDuration.FromTimeSpan(TimeSpan.FromTicks(1)));
    }

    [Fact]
    public void An_unwrapped_query_prints_as_it_stands_in_a_range()
    {
        Assert.Equal("{app=\"api\"} | json | unwrap duration(t) | __error__=\"\"", Api.Json().UnwrapDuration("t").WithoutErrors().ToString());
    }
}
