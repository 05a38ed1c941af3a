using Dashboards.EndToEnd.Tests.Checks;
using Dashboards.PromQL;
using Dashboards.PromQL.Checks;
using Dashboards.PromQL.Parsing;

namespace Dashboards.EndToEnd.Tests.Harness;

/// <summary>
/// The target setting judged by the real Prometheus the end-to-end tests run (Debian's 2.42): what the version lint
/// flags for that target, the server rejects; what it does not flag, the server runs.
/// </summary>
[Collection(TinyPrometheusCollection.Name)]
public sealed class TargetAgreementTests(TinyPrometheusFixture fixture)
{
    public static TheoryData<string> NewerSyntax => new()
    {
        "{\"demo_requests_total\"}",
        "sum by (\"job\") (demo_requests_total)",
        "rate(demo_requests_total[300])",
        "demo_temperature_celsius > 5m",
        "rate(demo_requests_total[5m + 1m])",
        "demo_requests_total offset (2 * 1m)",
        "rate(demo_requests_total[5m] anchored)",
        "demo_requests_total + fill(0) demo_requests_total",
        "demo_temperature_celsius </ 20",
        "first_over_time(demo_temperature_celsius[5m])",
        "1_000 * demo_temperature_celsius",
    };

    [Theory]
    [MemberData(nameof(NewerSyntax))]
    public async Task Newer_syntax_is_flagged_for_the_installed_prometheus_and_the_server_rejects_it(string query)
    {
        var target = EndToEndRun.InstalledTarget;
        Assert.NotNull(PromQLParser.Parse(query, PromTarget.Latest));
        Assert.Contains(PromQLChecker.Check(query, null, target), d => d.Code is PromQLChecker.VersionCode or PromQLChecker.ParseCode);
        Assert.Throws<PromQLParseException>(() => PromQLParser.Parse(query, target));
        var result = await fixture.Prometheus.Client.QueryAsync(query, fixture.Prometheus.Window.End);
        Assert.False(result.Success, $"Prometheus {target.Version} ran {query}");
    }

    [Theory]
    [InlineData("sum by (job) (rate(demo_requests_total[5m]))")]
    [InlineData("demo_temperature_celsius offset 1m > 0x10")]
    [InlineData("0755 + demo_temperature_celsius")]
    public async Task Syntax_the_installed_prometheus_knows_is_not_flagged_and_runs(string query)
    {
        var target = EndToEndRun.InstalledTarget;
        Assert.DoesNotContain(PromQLChecker.Check(query, null, target), d => d.Code is PromQLChecker.VersionCode or PromQLChecker.ParseCode);
        var result = await fixture.Prometheus.Client.QueryAsync(query, fixture.Prometheus.Window.End);
        Assert.True(result.Success, result.Error);
    }

    [Fact]
    public async Task Octal_numbers_mean_what_prometheus_computes()
    {
        var parsed = Assert.IsType<NumberLiteral>(PromQLParser.Parse("0755"));
        var result = await fixture.Prometheus.Client.QueryAsync("0755", fixture.Prometheus.Window.End);
        Assert.True(result.Success, result.Error);
        Assert.Equal(parsed.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), result.ScalarValue);
        Assert.Equal("493", parsed.ToString());
    }
}
