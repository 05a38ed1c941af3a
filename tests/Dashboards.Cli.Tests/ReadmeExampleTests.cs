using System.Text.Json;
using Dashboards.Model;
using Dashboards.PromQL;
using Dashboards.PromQL.Metrics;

namespace Dashboards.Cli.Tests;

/// <summary>The README's example, kept compiling and producing what the README says.</summary>
public sealed class ReadmeExampleTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("dashboards-readme-").FullName;

    // ---- begin README example (keep in sync with README.md) ----
    private static Catalog BuildCatalog()
    {
        var metrics = new MetricCatalog();
        var requests = metrics.Add(new Counter("http_requests", new Label("service", "api", "web"), new Label("status", "200", "500")));
        var latency = metrics.Add(new Histogram("http_request_duration_seconds", new Label("service", "api", "web")));

        var prometheus = new DatasourceVariable("datasource");
        var service = new QueryVariable("service", PrometheusVariableQuery.LabelValues(requests.ExportedName, "service"))
            .MultiSelect()
            .WithAll(".*");

        var errorRatio = Prom.Sum(Prom.Rate(requests.Selector().Matches("status", "5..").Matches("service", "$service").Range(PromDuration.RateInterval)))
                       / Prom.Sum(Prom.Rate(requests.Selector().Matches("service", "$service").Range(PromDuration.RateInterval)));

        var dashboard = new Dashboard("api-overview", "API Overview")
            .WithTags("api", "slo")
            .WithDefaultDatasource(prometheus.Ref)
            .AddVariable(prometheus)
            .AddVariable(service)
            .AddPanel(new StatPanel("Error ratio")
                .WithTargets(new PrometheusTarget(errorRatio))
                .Unit(Unit.PercentUnit)
                .Thresholds(Thresholds.Absolute(Color.Green).Step(0.01, Color.Orange).Step(0.05, Color.Red)))
            .AddPanel(new TimeSeriesPanel("p95 latency by service")
                .WithTargets(new PrometheusTarget(latency.Quantile(0.95, "service")).Legend(Legend.Label("service")))
                .Unit(Unit.Seconds));

        return Catalog.Create().AddFolder(new Folder("platform", "Platform"), dashboard);
    }
    // ---- end README example ----

    [Fact]
    public void The_readme_example_emits_a_valid_dashboard_with_the_queries_it_shows()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = DashboardsCli.Run(["--output", Path.Combine(_root, "out")], BuildCatalog(), output, error);

        Assert.True(exit == ExitCodes.Success, error.ToString());
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_root, "out", "platform", "api-overview.json")));
        var exprs = json.RootElement.GetProperty("panels").EnumerateArray()
            .Select(p => p.GetProperty("targets")[0].GetProperty("expr").GetString()!)
            .ToArray();
        Assert.Equal<string>(
            [
                "sum(rate(http_requests_total{status=~\"5..\", service=~\"$service\"}[$__rate_interval])) / sum(rate(http_requests_total{service=~\"$service\"}[$__rate_interval]))",
                "histogram_quantile(0.95, sum by (le, service) (rate(http_request_duration_seconds_bucket[$__rate_interval])))",
            ],
            exprs);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
