
namespace Dashboards.EndToEnd.Tests.GrafanaTests;

public sealed class TemplateInterpolatorTests
{
    private static readonly Dictionary<string, VariableValue> Variables = new()
    {
        ["__rate_interval"] = new RawValue("1m"),
        ["__interval"] = new RawValue("20s"),
        ["__interval_ms"] = new RawValue("20000"),
        ["job"] = TemplateValue.Single("api"),
        ["instance"] = new TemplateValue(["10.0.0.1:9100", "10.0.0.2:9100"], IsAll: true, Multi: true, IncludeAll: true),
        ["cluster"] = new TemplateValue(["eu", "us"], IsAll: true, Multi: false, IncludeAll: true, AllValue: ".*"),
        ["pod"] = new TemplateValue(["web-1"], IsAll: false, Multi: true, IncludeAll: false),
        ["region"] = new TemplateValue(["eu", "us"], IsAll: true, Multi: true, IncludeAll: true, AllValue: "$cluster"),
    };

    private static string Run(string text) => TemplateInterpolator.Interpolate(text, Variables).Text;

    [Theory]
    // {in, out}
    [InlineData("rate(x[$__rate_interval])", "rate(x[1m])")]
    [InlineData("rate(x[${__rate_interval}])", "rate(x[1m])")]
    [InlineData("rate(x[[[__interval]]])", "rate(x[20s])")]
    [InlineData("x{job=\"$job\"}", "x{job=\"api\"}")]
    [InlineData("x{job=\"${job}\"}", "x{job=\"api\"}")]
    [InlineData("x{job=\"[[job]]\"}", "x{job=\"api\"}")]
    [InlineData("x{instance=~\"$instance\"}", "x{instance=~\"(10\\\\.0\\\\.0\\\\.1:9100|10\\\\.0\\\\.0\\\\.2:9100)\"}")]
    [InlineData("x{cluster=~\"$cluster\"}", "x{cluster=~\".*\"}")]
    [InlineData("x{region=~\"$region\"}", "x{region=~\".*\"}")]
    [InlineData("x{pod=~\"$pod\"}", "x{pod=~\"web-1\"}")]
    [InlineData("x{instance=~\"${instance:pipe}\"}", "x{instance=~\"10.0.0.1:9100|10.0.0.2:9100\"}")]
    [InlineData("x{instance=~\"${instance:regex}\"}", "x{instance=~\"(10\\.0\\.0\\.1:9100|10\\.0\\.0\\.2:9100)\"}")]
    [InlineData("x{instance=~\"${instance:csv}\"}", "x{instance=~\"10.0.0.1:9100,10.0.0.2:9100\"}")]
    [InlineData("x{cluster=~\"${cluster:text}\"}", "x{cluster=~\"All\"}")]
    [InlineData("x{cluster=~\"${cluster:raw}\"}", "x{cluster=~\".*\"}")]
    [InlineData("$__interval_ms / 1000", "20000 / 1000")]
    [InlineData("x{a=~\"^foo$\"}", "x{a=~\"^foo$\"}")]
    public void Substitutes_like_grafana(string input, string output) => Assert.Equal(output, Run(input));

    [Fact]
    public void Unknown_variables_stay_and_are_reported()
    {
        var result = TemplateInterpolator.Interpolate("x{a=\"$nope\"}[${__nope}]", Variables);
        Assert.Equal("x{a=\"$nope\"}[${__nope}]", result.Text);
        Assert.Equal(["nope", "__nope"], result.UnknownVariables);
    }

    [Fact]
    public void Single_values_only_escape_quotes_multi_values_escape_regex()
    {
        Assert.Equal("it\\\\'s", TemplateInterpolator.PrometheusRegularEscape("it's"));
        Assert.Equal("a\\\\.b\\\\|c\\\\\\\\", TemplateInterpolator.PrometheusSpecialRegexEscape("a.b|c\\"));
    }

    [Fact]
    public void Unknown_formats_fail_with_the_variable_name()
    {
        var error = Assert.Throws<FormatException>(() => Run("${job:banana}"));
        Assert.Contains("'job'", error.Message);
        Assert.Contains(":banana", error.Message);
    }

    [Fact]
    public void Lists_references_in_all_three_forms()
    {
        Assert.Equal(["job", "instance", "__interval"], TemplateInterpolator.References("x{job=\"$job\",instance=\"${instance:regex}\"}[[[__interval]]]"));
    }
}
