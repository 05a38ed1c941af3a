using System.Reflection;
using Dashboards.PromQL.Parsing;

namespace Dashboards.PromQL.Tests.Typing;

public class BuilderTests
{
    private static readonly InstantVector Requests = Prom.Metric("http_requests_total");

    public static TheoryData<string, string> Built => new()
    {
        { Requests.ToString(), "http_requests_total" },
        { Requests.Where("job", "api").Not("status", "200").Matches("provider", "$provider").NotMatches("path", "/health.*").ToString(),
            "http_requests_total{job=\"api\", status!=\"200\", provider=~\"$provider\", path!~\"/health.*\"}" },
        { Prom.Rate(Requests.Range(PromDuration.RateInterval)).ToString(), "rate(http_requests_total[$__rate_interval])" },
        { Prom.Sum(Prom.Rate(Requests.Range(PromDuration.FromMinutes(5)))).By("status").ToString(), "sum by (status) (rate(http_requests_total[5m]))" },
        { Prom.Sum(Requests).Without("instance").ToString(), "sum without (instance) (http_requests_total)" },
        { Prom.TopK(5, Prom.Sum(Requests).By("path")).ToString(), "topk(5, sum by (path) (http_requests_total))" },
        { Prom.CountValues("version", Prom.Metric("build_info")).ToString(), "count_values(\"version\", build_info)" },
        { Prom.Quantile(0.9, Requests).ToString(), "quantile(0.9, http_requests_total)" },
        { Prom.HistogramQuantile(0.95, Prom.Sum(Prom.Rate(Prom.Metric("d_bucket").Range(PromDuration.RateInterval))).By("le")).ToString(),
            "histogram_quantile(0.95, sum by (le) (rate(d_bucket[$__rate_interval])))" },
        { ((Requests + Requests) * 2).ToString(), "(http_requests_total + http_requests_total) * 2" },
        { (Requests + Requests * 2).ToString(), "http_requests_total + http_requests_total * 2" },
        { (Requests - (Requests - Requests)).ToString(), "http_requests_total - (http_requests_total - http_requests_total)" },
        { (100 * Requests / Requests).ToString(), "100 * http_requests_total / http_requests_total" },
        { (-Requests).ToString(), "-http_requests_total" },
        { (Requests % 3).ToString(), "http_requests_total % 3" },
        { Requests.Pow(2).Pow(3).ToString(), "(http_requests_total ^ 2) ^ 3" },
        { Requests.Pow(Prom.Number(2).Pow(3)).ToString(), "http_requests_total ^ 2 ^ 3" },
        { Requests.GreaterThan(0.05).ToString(), "http_requests_total > 0.05" },
        { Requests.GreaterThan(0.05, returnBool: true).ToString(), "http_requests_total > bool 0.05" },
        { Requests.LessOrEqual(Requests).ToString(), "http_requests_total <= http_requests_total" },
        { Prom.Number(1).GreaterThan(2).ToString(), "1 > bool 2" },
        { Prom.Number(10).LessThan(Requests).ToString(), "10 < http_requests_total" },
        { Prom.Scalar(Requests).EqualTo(Requests, returnBool: true).ToString(), "scalar(http_requests_total) == bool http_requests_total" },
        { (Requests / Requests).On("job").GroupLeft("team").ToString(), "http_requests_total / on (job) group_left (team) http_requests_total" },
        { (Requests / Requests).Ignoring("status").ToString(), "http_requests_total / ignoring (status) http_requests_total" },
        { (Requests * Prom.Sum(Requests)).Ignoring("x").GroupRight().ToString(), "http_requests_total * ignoring (x) group_right sum(http_requests_total)" },
        { Requests.And(Requests).Or(Requests).Unless(Requests).ToString(), "(http_requests_total and http_requests_total or http_requests_total) unless http_requests_total" },
        { Requests.Offset(PromDuration.FromDays(1)).ToString(), "http_requests_total offset 1d" },
        { Requests.Offset(PromDuration.FromMinutes(5).Negate()).ToString(), "http_requests_total offset -5m" },
        { Requests.At(AtModifier.End).ToString(), "http_requests_total @ end()" },
        { Requests.Range(PromDuration.Parse("1h30m")).Offset(PromDuration.Interval).ToString(), "http_requests_total[1h30m] offset $__interval" },
        { Prom.MaxOverTime(Prom.Rate(Requests.Range(PromDuration.FromMinutes(5))).Subquery(PromDuration.FromHours(1), PromDuration.FromMinutes(1))).ToString(),
            "max_over_time(rate(http_requests_total[5m])[1h:1m])" },
        { Prom.AvgOverTime((Requests + 1).Subquery(PromDuration.Range)).ToString(), "avg_over_time((http_requests_total + 1)[$__range:])" },
        { Prom.LabelReplace(Requests, "dst", "$1", "src", "(.*)").ToString(), "label_replace(http_requests_total, \"dst\", \"$1\", \"src\", \"(.*)\")" },
        { Prom.LabelJoin(Requests, "dst", ",", "a", "b").ToString(), "label_join(http_requests_total, \"dst\", \",\", \"a\", \"b\")" },
        { Prom.Hour().ToString(), "hour()" },
        { Prom.Round(Requests, 0.1).ToString(), "round(http_requests_total, 0.1)" },
        { (Prom.Time() - Prom.Scalar(Prom.Max(Prom.Timestamp(Requests)))).ToString(), "time() - scalar(max(timestamp(http_requests_total)))" },
        { Prom.Vector(1).ToString(), "vector(1)" },
        { Prom.Select(LabelMatcher.Regex("__name__", "http_.*"), LabelMatcher.Equal("job", "api")).ToString(), "{__name__=~\"http_.*\", job=\"api\"}" },
        { Prom.Metric("x").Where("msg", "say \"hi\"\n").ToString(), "x{msg=\"say \\\"hi\\\"\\n\"}" },
        { (Prom.Number(-1) * Requests).ToString(), "-1 * http_requests_total" },
        { (-Prom.Number(2)).Pow(2).ToString(), "(-2) ^ 2" },
        // Grafana variables that hold numbers
        { (Prom.Increase(Requests.Range(PromDuration.Range)) / Scalar.RangeSeconds).ToString(), "increase(http_requests_total[$__range]) / $__range_s" },
        { (Requests * Scalar.RangeMilliseconds).ToString(), "http_requests_total * $__range_ms" },
        { (Requests / (Scalar.IntervalMilliseconds / 1000)).ToString(), "http_requests_total / ($__interval_ms / 1000)" },
        { (Requests * Scalar.RateIntervalMilliseconds).ToString(), "http_requests_total * $__rate_interval_ms" },
        { Prom.TopK(Scalar.Variable("k"), Requests).ToString(), "topk($k, http_requests_total)" },
        { Prom.BottomK(Scalar.Variable("${k}"), Requests).ToString(), "bottomk(${k}, http_requests_total)" },
        { Prom.Quantile(Scalar.Variable("[[q]]"), Requests).ToString(), "quantile([[q]], http_requests_total)" },
        { Requests.GreaterThan(Scalar.Variable("threshold")).ToString(), "http_requests_total > $threshold" },
        { (-Scalar.Variable("k")).ToString(), "-$k" },
        { Scalar.Variable("k").GreaterThan(1).ToString(), "$k > bool 1" },
        { Prom.ClampMin(Requests, Scalar.Variable("min")).ToString(), "clamp_min(http_requests_total, $min)" },
    };

    [Theory]
    [MemberData(nameof(Built))]
    public void Builder_prints_canonical_text_that_parses_back(string printed, string expected)
    {
        Assert.Equal(expected, printed);
        Assert.Equal(printed, PromQLParser.Parse(printed).ToString());
    }

    [Fact]
    public void Built_tree_equals_parsed_tree()
    {
        var built = Prom.Sum(Prom.Rate(Requests.Where("job", "api").Range(PromDuration.FromMinutes(5)))).By("status");
        var parsed = InstantVector.Parse("sum(rate(http_requests_total{job='api'}[5m])) by (status)");
        Assert.Equal(built, parsed);
        Assert.Equal(built.Syntax, parsed.Syntax);
    }

    [Fact]
    public void Types_keep_range_and_instant_vectors_apart_at_compile_time()
    {
        // Prom.Rate(instantVector) and Prom.HistogramQuantile(0.95, rangeVector) do not compile: the signatures say so.
        Assert.Equal(typeof(RangeVector), typeof(Prom).GetMethod(nameof(Prom.Rate))!.GetParameters().Single().ParameterType);
        var hq = typeof(Prom).GetMethod(nameof(Prom.HistogramQuantile))!.GetParameters();
        Assert.Equal([typeof(Scalar), typeof(InstantVector)], hq.Select(p => p.ParameterType));
        Assert.Equal(typeof(InstantVector), typeof(Prom).GetMethod(nameof(Prom.Sum))!.GetParameters().Single().ParameterType);
        // No arithmetic operator takes a range vector.
        Assert.DoesNotContain(typeof(RangeVector).GetMethods(BindingFlags.Public | BindingFlags.Static), m => m.Name.StartsWith("op_", StringComparison.Ordinal));
        // Closed: no type outside the library can derive from them (InstantVector's only subclasses are its own deferred selectors).
        Assert.True(typeof(RangeVector).IsSealed && typeof(Scalar).IsSealed && typeof(StringExpr).IsSealed);
        Assert.All(typeof(InstantVector).GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance),
            c => Assert.True(c.IsAssembly || c.IsPrivate || c.IsFamilyAndAssembly, $"{c} is reachable from outside the library"));
        Assert.All(typeof(InstantVector).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(InstantVector))), t => Assert.True(t.IsSealed && t.IsNestedPrivate, t.FullName));
    }

    [Fact]
    public void Typed_parse_checks_the_type()
    {
        Assert.IsType<RangeVector>(PromQLExpr.Parse("x[5m]"));
        Assert.IsType<Scalar>(PromQLExpr.Parse("1 + 2"));
        Assert.IsType<StringExpr>(PromQLExpr.Parse("\"s\""));
        var e = Assert.Throws<PromQLParseException>(() => InstantVector.Parse("x[5m]"));
        Assert.Contains("expected an expression of type instant vector, got range vector", e.Message);
    }

    [Fact]
    public void Misuse_of_modifiers_explains_itself()
    {
        var rate = Prom.Rate(Requests.Range(PromDuration.FromMinutes(5)));
        var grouping = Assert.Throws<InvalidOperationException>(() => rate.By("provider"));
        Assert.Contains("grouping clause 'by (...)' must follow an aggregation", grouping.Message);
        Assert.Contains("Subquery", Assert.Throws<InvalidOperationException>(() => rate.Range(PromDuration.FromMinutes(5))).Message);
        Assert.Contains("On(...) or Ignoring(...) first", Assert.Throws<InvalidOperationException>(() => (Requests / Requests).GroupLeft()).Message);
        Assert.Contains("between two instant vectors", Assert.Throws<InvalidOperationException>(() => (Requests * 2).On("a")).Message);
        Assert.Contains("no grouping allowed", Assert.Throws<InvalidOperationException>(() => Requests.And(Requests).On("a").GroupLeft()).Message);
        // UTF-8 names (Prometheus 3.0+) print quoted; only empty names are refused.
        Assert.Throws<ArgumentException>(() => Requests.Where("", "x"));
        Assert.Throws<ArgumentException>(() => Prom.Metric(""));
        Assert.Equal("{\"bad metric\"}", Prom.Metric("bad metric").ToString());
        Assert.Equal("{\"bool\"}", Prom.Metric("bool").ToString());
        Assert.Equal("{\"NaN\", \"bad-label\"=\"x\"}", Prom.Metric("NaN").Where("bad-label", "x").ToString());
        Assert.Equal("sum + offset", (Prom.Metric("sum") + Prom.Metric("offset")).ToString());
        Assert.Throws<ArgumentException>(() => Prom.Select(LabelMatcher.Equal("job", "")));
        Assert.Throws<ArgumentOutOfRangeException>(() => Requests.Range(PromDuration.Zero));
        Assert.Throws<InvalidOperationException>(() => Requests.Offset(PromDuration.FromMinutes(1)).Offset(PromDuration.FromMinutes(1)));
    }

    [Fact]
    public void Matchers_added_in_a_chain_build_one_selector_in_order_and_branches_stay_apart()
    {
        // Where/Matches defer building the selector; shared prefixes, branches and built-before-extended parents must all keep their own matchers.
        var job = Prom.Metric("http_requests_total").Where("job", "api");
        var instance = job.Matches("instance", "$instance");
        Assert.Equal("http_requests_total{job=\"api\", instance=~\"$instance\"}", instance.ToString());
        var errors = instance.Matches("code", "5..");
        var ok = instance.Not("code", "500").NotMatches("path", "/health");
        Assert.Equal("http_requests_total{job=\"api\", instance=~\"$instance\", code=~\"5..\"}", errors.ToString());
        Assert.Equal("http_requests_total{job=\"api\", instance=~\"$instance\", code!=\"500\", path!~\"/health\"}", ok.ToString());
        Assert.Equal("http_requests_total{job=\"api\"}", job.ToString());
        Assert.Same(errors.Syntax, errors.Syntax);
        var selector = Assert.IsType<VectorSelector>(ok.Syntax);
        Assert.Equal(["job", "instance", "code", "path"], selector.Matchers.Select(m => m.Name));
        Assert.Equal(InstantVector.Parse("http_requests_total{job='api', instance=~'$instance', code=~'5..'}"), errors);
        Assert.Equal(PromType.InstantVector, errors.Type);
        Assert.Equal("{job=\"a\", x=\"y\"}", Prom.Select(LabelMatcher.Equal("job", "a")).Where("x", "y").ToString());
        Assert.Equal("x{a=\"1\"} offset 5m", Prom.Metric("x").Offset(PromDuration.FromMinutes(5)).Where("a", "1").ToString());
        Assert.Contains("a label matcher can only be applied to a vector selector",
            Assert.Throws<InvalidOperationException>(() => Prom.Sum(job).Where("a", "b")).Message);
        Assert.Throws<ArgumentException>(() => instance.Where("", "x"));
        Assert.Equal("x{\"bad-label\"=\"x\"}", Prom.Metric("x").Where("bad-label", "x").ToString());
    }

    [Fact]
    public void Pretty_form_splits_long_queries()
    {
        var q = Prom.Sum(Prom.Rate(Requests.Where("status", "500").Range(PromDuration.RateInterval))).By("job")
                / Prom.Sum(Prom.Rate(Requests.Range(PromDuration.RateInterval))).By("job");
        var pretty = q.ToPrettyString(maxLineWidth: 60);
        Assert.Equal(
            "sum by (job) (\n  rate(http_requests_total{status=\"500\"}[$__rate_interval])\n)\n/\nsum by (job) (rate(http_requests_total[$__rate_interval]))",
            pretty);
        Assert.Equal(q.Syntax, PromQLParser.Parse(pretty));
        Assert.Equal(q.ToString(), q.ToPrettyString(maxLineWidth: 500));
    }
}

/// <summary>Builders for Prometheus 3 syntax: UTF-8 names, duration expressions, fill, trim, anchored/smoothed.</summary>
public class NewSyntaxBuilderTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { Prom.Rate(Prom.Metric("http.server.duration").Where("http.method", "GET").Range(PromDuration.RateInterval)).ToString(),
            "rate({\"http.server.duration\", \"http.method\"=\"GET\"}[$__rate_interval])" },
        { Prom.Sum(Prom.Metric("x")).By("service.name", "job").ToString(), "sum by (\"service.name\", job) (x)" },
        { Prom.Rate(Prom.Metric("x").Range(PromDuration.FromExpression(DurationExpr.MaxOf(DurationExpr.Step * 4, TimeSpan.FromMinutes(1))))).ToString(),
            "rate(x[max_of(step() * 4, 1m)])" },
        { Prom.Metric("x").Offset(PromDuration.FromExpression(DurationExpr.QueryRange - TimeSpan.FromMinutes(5))).ToString(), "x offset (range() - 5m)" },
        { (Prom.Metric("a") + Prom.Metric("b")).On("job").Fill(0).ToString(), "a + on (job) fill (0) b" },
        { (Prom.Metric("a") / Prom.Metric("b")).FillLeft(1).FillRight(2).ToString(), "a / fill_left (1) fill_right (2) b" },
        { Prom.Metric("h").TrimUpper(0.5).ToString(), "h </ 0.5" },
        { Prom.Increase(Prom.Metric("c").Range(PromDuration.FromMinutes(5)).Anchored()).ToString(), "increase(c[5m] anchored)" },
        { Prom.Rate(Prom.Metric("c").Range(PromDuration.FromMinutes(5)).Smoothed()).ToString(), "rate(c[5m] smoothed)" },
        { Prom.HistogramQuantiles(Prom.Metric("h"), "q", 0.5, 0.99).ToString(), "histogram_quantiles(h, \"q\", 0.5, 0.99)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Builds_and_round_trips(string built, string expected)
    {
        Assert.Equal(expected, built);
        var parsed = Dashboards.PromQL.Parsing.PromQLParser.Parse(built, PromTarget.Latest);
        Assert.Equal(built, parsed.ToString());
    }

    [Fact]
    public void Misuse_is_explained()
    {
        Assert.Contains("set operators", Assert.Throws<InvalidOperationException>(() => Prom.Metric("a").And(Prom.Metric("b")).Fill(0)).Message);
        Assert.Contains("two instant vectors", Assert.Throws<InvalidOperationException>(() => (Prom.Metric("a") * 2).Fill(0)).Message);
        var anchored = Prom.Metric("c").Range(PromDuration.FromMinutes(5)).Anchored();
        Assert.Throws<InvalidOperationException>(() => anchored.Smoothed());
        Assert.Throws<InvalidOperationException>(() => Prom.Metric("c").Subquery(PromDuration.FromMinutes(5)).Anchored());
    }
}
