using Dashboards.PromQL.Checks;
using Dashboards.PromQL.Parsing;

namespace Dashboards.PromQL.Tests.Parsing;

/// <summary>The target setting: what a given Prometheus release and its flags accept, as parse errors and as lints.</summary>
public class TargetTests
{
    private static readonly PromTarget V242 = PromTarget.Prometheus2_42;

    public static TheoryData<string, string> NewerThan242 => new()
    {
        { "{\"http.server.duration\"}", "quoted UTF-8 names needs Prometheus 3.0" },
        { "sum by (\"a.b\") (x)", "quoted UTF-8 names needs Prometheus 3.0" },
        { "x[300]", "numbers as durations and durations as numbers needs Prometheus 3.0" },
        { "x > 5m", "numbers as durations and durations as numbers needs Prometheus 3.0" },
        { "x[5m + 1m]", "duration arithmetic needs Prometheus 3.4" },
        { "x offset (2 * 1m)", "duration arithmetic needs Prometheus 3.4" },
        { "x[step()]", "step() in a duration needs Prometheus 3.6" },
        { "x[5m] anchored", "the anchored/smoothed modifiers needs Prometheus 3.7" },
        { "a + fill(0) b", "fill modifiers needs Prometheus 3.10" },
        { "a </ b", "the trim operators </ and >/ needs Prometheus 3.11" },
        { "first_over_time(x[5m])", "function \"first_over_time\" needs Prometheus 3.7" },
        { "limitk(2, x)", "limitk/limit_ratio needs Prometheus 2.54" },
        { "1_000", "underscores in numbers needs Prometheus 2.54" },
        { "x offset 0s", "duration must be greater than 0" },
    };

    [Theory]
    [MemberData(nameof(NewerThan242))]
    public void Prometheus_2_42_target_rejects_newer_syntax_and_names_the_release(string query, string reason)
    {
        Assert.True(PromQLParser.TryParse(query, out _, out _), "the union of all releases accepts it");
        var e = Assert.Throws<PromQLParseException>(() => PromQLParser.Parse(query, V242));
        Assert.Contains(reason, e.Message);
        Assert.True(PromQLParser.TryParse(query, PromTarget.Latest, out _, out var latestError), latestError?.Message);
    }

    [Theory]
    [InlineData("x[5m] anchored", "needs --enable-feature=promql-extended-range-selectors")]
    [InlineData("a * on (k) fill_left (1) b", "needs --enable-feature=promql-binop-fill-modifiers")]
    [InlineData("ts_of_max_over_time(x[5m])", "needs --enable-feature=promql-experimental-functions")]
    [InlineData("limit_ratio(0.5, x)", "needs --enable-feature=promql-experimental-functions")]
    public void Current_release_without_flags_rejects_experimental_syntax(string query, string reason)
    {
        var e = Assert.Throws<PromQLParseException>(() => PromQLParser.Parse(query, PromTarget.Default));
        Assert.Contains(reason, e.Message);
        Assert.NotNull(PromQLParser.Parse(query, PromTarget.Default.WithFeatures(PrometheusFeatures.All)));
    }

    [Theory]
    [InlineData("first_over_time(x[5m])")]
    [InlineData("x[5m + step()]")]
    [InlineData("x offset -min_of(5s, step() + 8s)")]
    [InlineData("{\"http.server.duration\", \"http.method\"=\"GET\"}")]
    [InlineData("x </ 5")]
    public void Current_release_accepts_its_stable_syntax_without_flags(string query) =>
        Assert.NotNull(PromQLParser.Parse(query, PromTarget.Default));

    [Fact]
    public void Hex_number_ending_in_e_is_read_as_current_Prometheus_reads_it()
    {
        // Prometheus 3's lexer takes the 'e' of 0x1e as an exponent with nothing after it (2.42 read it as hex 30);
        // 0x1e5 is still 485.
        Assert.Throws<PromQLParseException>(() => PromQLParser.Parse("0x1e"));
        Assert.Equal(485, Assert.IsType<NumberLiteral>(PromQLParser.Parse("0x1e5")).Value);
    }

    [Fact]
    public void Functions_become_stable_and_get_removed_by_release()
    {
        var first = Dashboards.PromQL.Functions.FunctionTable.Get("first_over_time");
        Assert.Contains("promql-experimental-functions", first.RejectedBy(new PromTarget(new Version(3, 13))));
        Assert.Null(first.RejectedBy(new PromTarget(new Version(3, 14))));
        Assert.Contains("removed in Prometheus 3.0", Dashboards.PromQL.Functions.FunctionTable.Get("holt_winters").RejectedBy(PromTarget.Default));
        Assert.Null(Dashboards.PromQL.Functions.FunctionTable.Get("holt_winters").RejectedBy(V242));
    }

    [Fact]
    public void Version_lint_reports_what_the_target_does_not_accept()
    {
        var d = Assert.Single(PromQLChecker.Check("x[5m + 1m]", null, V242));
        Assert.Equal((DiagnosticSeverity.Warning, PromQLChecker.VersionCode), (d.Severity, d.Code));
        Assert.Contains("duration arithmetic needs Prometheus 3.4", d.Message);
        Assert.Empty(PromQLChecker.Check("x[5m + 1m]"));
        var quoted = Prom.Metric("http.server.duration").Where("http.method", "GET");
        Assert.Equal("{\"http.server.duration\", \"http.method\"=\"GET\"}", quoted.ToString());
        Assert.Contains(PromQLChecker.Check(quoted, null, V242), x => x.Message.Contains("quoted UTF-8 names needs Prometheus 3.0"));
        Assert.Equal(new Version(3, 11), PromQLChecker.MinimumPrometheusVersion(PromQLParser.Parse("a </ b + rate(x[5m])")));
    }
}
