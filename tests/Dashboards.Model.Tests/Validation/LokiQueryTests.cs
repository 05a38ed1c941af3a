using Dashboards.LogQL;

namespace Dashboards.Model.Tests;

/// <summary>Loki targets: typed LogQL is printed once; LogQL text is parsed when the catalog compiles.</summary>
public class LokiQueryTests
{
    private static readonly DataSourceRef Logs = DataSourceRef.Loki("L1");

    private static Dashboard Board(params Target[] targets) =>
        Samples.Minimal("logs", "Logs board").AddPanel(new LogsPanel("Errors").WithDatasource(Logs).WithTargets(targets));

    [Fact]
    public void Typed_queries_compile_and_emit_their_canonical_text()
    {
        var errors = Loki.Stream("app", "api").Json().Where(Loki.Label("level").Is("error"));
        var perLevel = Loki.Sum(Loki.CountOverTime(Loki.Stream("app", "api").Json(), LokiDuration.Auto)).By("level");
        var dashboard = Board(new LokiTarget(errors).WithDatasource(Logs), new LokiTarget(perLevel).WithDatasource(Logs));
        var json = Compile.Ok(dashboard).JsonText;
        Assert.Contains("\"expr\": \"{app=\\\"api\\\"} | json | level=\\\"error\\\"\"", json);
        Assert.Contains("\"expr\": \"sum by (level) (count_over_time({app=\\\"api\\\"} | json [$__auto]))\"", json);
        Assert.False(new LokiTarget(errors).IsRaw);
        Assert.Equal(errors, new LokiTarget(errors).Query);
    }

    [Fact]
    public void Raw_text_that_parses_compiles_unchanged()
    {
        var dashboard = Board(LokiTarget.Raw("{app=\"api\"}  |=  \"x\"").WithDatasource(Logs));
        Assert.Contains("\"expr\": \"{app=\\\"api\\\"}  |=  \\\"x\\\"\"", Compile.Ok(dashboard).JsonText);
    }

    [Theory]
    [InlineData("{app=\"api\"} |= ", "1:16", "after line filter '|='")]
    [InlineData("sum_over_time({app=\"api\"}[5m])", "1:1", "invalid aggregation sum_over_time without unwrap")]
    [InlineData("{app=~\".*\"}", "1:1", "empty-compatible value")]
    [InlineData("{app=\"api\"}\n| json\n| status >= \"x\"", "3:10", "compares numbers")]
    public void Raw_text_that_does_not_parse_names_dashboard_panel_and_position(string query, string position, string reason)
    {
        var error = Assert.Single(Compile.Errors(Board(new LokiTarget("{app=\"fine\"}").WithDatasource(Logs), LokiTarget.Raw(query).WithDatasource(Logs))));
        Assert.Equal("Logs board", error.Dashboard);
        Assert.Equal("Errors", error.Panel);
        Assert.Equal("panels[0].targets[1].expr", error.Path);
        Assert.Contains($"LogQL does not parse at {position}: ", error.Message);
        Assert.Contains(reason, error.Message);
    }
}
