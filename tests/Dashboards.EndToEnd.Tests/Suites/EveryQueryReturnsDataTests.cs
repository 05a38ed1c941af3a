using Dashboards.Testing.SyntheticData;
using Xunit.Abstractions;

namespace Dashboards.EndToEnd.Tests.Suites;

/// <summary>
/// Every panel shows data: every Prometheus query of every emitted dashboard (panel targets, variable queries,
/// annotations) and every rule expression is run against a real Prometheus holding data generated from the suites'
/// metric catalogs, and must return data.
/// </summary>
[Collection(AllSuitesCollection.Name)]
public sealed class EveryQueryReturnsDataTests(AllSuitesFixture fixture, ITestOutputHelper output)
{
    public const string ReportFile = "end-to-end-report.txt";

    [Fact]
    public async Task Every_emitted_query_returns_data()
    {
        var report = await fixture.Run.CheckAsync();

        output.WriteLine(report.Text);
        var path = Path.Combine(AppContext.BaseDirectory, ReportFile);
        await File.WriteAllTextAsync(path, report.Text);
        output.WriteLine($"Report written to {path}");

        Assert.True(report.QueriesRun > 0, "No query was run: the suites emitted no Prometheus queries.");
        Assert.True(report.Failures.Count == 0, report.FailureText);
    }

    [Fact]
    public void Every_query_is_valid_PromQL_for_the_installed_prometheus()
    {
        output.WriteLine($"Target: {fixture.Run.Target}");
        Assert.Equal(new Version(2, 42), new Version(fixture.Run.Target.Version.Major, fixture.Run.Target.Version.Minor));
        Assert.True(fixture.Run.TargetViolations.Count == 0, "Queries the installed Prometheus does not accept:\n" + string.Join("\n", fixture.Run.TargetViolations));
    }

    [Fact]
    public async Task Every_catalog_metric_has_series_in_prometheus()
    {
        var prometheus = fixture.Run.Prometheus;
        var missing = new List<string>();
        foreach (var metric in fixture.Run.Metrics)
        {
            var name = metric.Kind == SyntheticMetricKind.Histogram ? metric.Name + "_bucket" : metric.Name;
            var series = await prometheus.Client.SeriesAsync([name], prometheus.Window.Start, prometheus.Window.End);
            if (!series.Success || series.Series.Count == 0) missing.Add($"{name}: {series.Error ?? "no series"}");
        }

        Assert.True(fixture.Run.Metrics.Count > 0, "The suites' metric catalogs are empty.");
        Assert.True(missing.Count == 0, "Catalog metrics without data:\n" + string.Join("\n", missing));
    }
}
