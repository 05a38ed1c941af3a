using System.Globalization;
using System.Text.Json.Nodes;
using Dashboards.Cli;
using Dashboards.Suites;
using Xunit.Abstractions;

namespace Dashboards.EndToEnd.Tests.Suites;

/// <summary>
/// The check-data verb as a user runs it, against the same real Prometheus the end-to-end check uses: every query has
/// data (exit 0), the JSON report agrees, and a broken query is named with what is missing (exit 1).
/// </summary>
[Collection(AllSuitesCollection.Name)]
public sealed class CheckDataVerbTests(AllSuitesFixture fixture, ITestOutputHelper output)
{
    public const string ReportFile = "check-data-report.txt";

    private string[] Args(params string[] more) =>
        ["check-data", "--prometheus", fixture.Run.Prometheus.Server.BaseAddress.ToString(),
         "--at", fixture.Run.Prometheus.Window.End.ToString("O", CultureInfo.InvariantCulture), .. more];

    [Fact]
    public async Task Check_data_finds_data_for_every_query_of_the_suites()
    {
        var json = Path.Combine(Path.GetTempPath(), $"check-data-{Guid.NewGuid():N}.json");
        var (exit, stdout, stderr) = Run(AllSuites.Catalog, Args("--json", json));
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, ReportFile), stdout);
        output.WriteLine(stdout.Length > 4000 ? stdout[^4000..] : stdout);

        Assert.True(exit == 0, $"exit {exit}\n{stderr}\n{string.Join("\n", stdout.Split('\n').Where(l => l.StartsWith("NO DATA") || l.StartsWith("ERROR")))}");
        var report = JsonNode.Parse(await File.ReadAllTextAsync(json))!;
        Assert.True(report["queriesRun"]!.GetValue<int>() > 200);
        Assert.Equal(0, report["noData"]!.GetValue<int>());
        Assert.Equal(0, report["errors"]!.GetValue<int>());
        Assert.Contains(report["checks"]!.AsArray(), c => c!["kind"]!.GetValue<string>() == "Variable");
        Assert.Contains(report["checks"]!.AsArray(), c => c!["kind"]!.GetValue<string>() == "RecordingRule");
        File.Delete(json);
    }

    [Fact]
    public void Check_data_names_the_missing_metric_and_the_label_value_that_matches_nothing()
    {
        var dashboard = new Model.Dashboard("broken", "Broken")
            .AddPanel(new Model.TimeSeriesPanel("Typo in the metric").WithTargets(Model.PrometheusTarget.Raw("sum(rate(bot_api_calls_totl[5m]))")))
            .AddPanel(new Model.TimeSeriesPanel("Unknown provider").WithTargets(Model.PrometheusTarget.Raw("sum(rate(bot_api_calls_total{provider=\"nobody\"}[5m]))")))
            .AddPanel(new Model.TimeSeriesPanel("Fine").WithTargets(Model.PrometheusTarget.Raw("sum(rate(bot_api_calls_total[5m]))")))
            .AddPanel(new Model.TimeSeriesPanel("Filtered to nothing").WithTargets(Model.PrometheusTarget.Raw("sum(rate(bot_api_calls_total[5m])) < -1")))
            .AddVariable(new Model.QueryVariable("colour", Model.PrometheusVariableQuery.LabelValues("bot_api_calls_total", "colour")).WithDatasource(Model.DataSourceRef.Prometheus("p")));
        var catalog = Model.Catalog.Create().AddFolder(new Model.Folder("broken", "Broken"), dashboard);

        var (exit, stdout, _) = Run(catalog, Args());
        output.WriteLine(stdout);

        Assert.Equal(ExitCodes.ValidationFailed, exit);
        Assert.Contains("metric 'bot_api_calls_totl' has no series", stdout);
        Assert.Contains("provider=\"nobody\" matches nothing on 'bot_api_calls_total' (its provider values: ", stdout);
        Assert.Contains("data      Broken (broken) :: Fine", stdout);
        // Judged on what it measures: the metric is there, the threshold keeps nothing.
        Assert.Contains("data*     Broken (broken) :: Filtered to nothing", stdout);
        Assert.Contains("NO DATA   Broken (broken) :: $colour (All): 0 options: 'bot_api_calls_total' has series, but none has the label 'colour'", stdout);
    }

    [Fact]
    public void Check_data_reports_an_unreachable_prometheus_and_refused_usage()
    {
        Assert.Equal(ExitCodes.GrafanaUnavailable, Run(AllSuites.Catalog, ["check-data", "--prometheus", "http://127.0.0.1:9"]).Exit);
        Assert.Equal(ExitCodes.UsageError, Run(AllSuites.Catalog, ["check-data", "--prometheus", "ftp://x"]).Exit);
        Assert.Equal(ExitCodes.UsageError, Run(AllSuites.Catalog, ["check-data", "--prometheus", "http://x", "--token", "t", "--user", "u"]).Exit);
    }

    private static (int Exit, string Out, string Err) Run(Model.Catalog catalog, string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = DashboardsCli.Run(args, catalog, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
