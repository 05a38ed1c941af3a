using Dashboards.Model;
using Dashboards.PromQL;
using Double = Dashboards.GrafanaDouble.GrafanaDouble;

namespace Dashboards.Cli.Tests.Import;

/// <summary>The import and pull verbs through the real CLI host; pull against the Grafana double.</summary>
public sealed class ImportCliTests : IAsyncLifetime, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("import-cli-").FullName;
    private Double _grafana = null!;

    public async Task InitializeAsync() => _grafana = await Double.StartAsync();

    public async Task DisposeAsync() => await _grafana.DisposeAsync();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(Catalog catalog, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = DashboardsCli.Run(args, catalog, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string[] Connection => ["--url", _grafana.Url.ToString(), "--token", Double.EditorToken, "--retry-delay-ms", "5", "--timeout", "10"];

    private string Write(string relative, string json)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Import_reads_the_three_forms_and_writes_a_class_per_dashboard_and_the_catalog()
    {
        var input = Path.Combine(_dir, "team-infra");
        Write("team-infra/plain.json", """
            {"title": "Host Overview", "schemaVersion": 39,
             "panels": [{"type": "timeseries", "title": "CPU", "gridPos": {"x": 0, "y": 0, "w": 12, "h": 8},
                         "fieldConfig": {"defaults": {"unit": "percentunit"}, "overrides": []},
                         "targets": [{"expr": "sum by (instance) (rate(node_cpu_seconds_total{mode!=\"idle\"}[$__rate_interval]))", "legendFormat": "{{instance}}", "refId": "A"}]}]}
            """);
        Write("team-infra/shared.json", """
            {"__inputs": [{"name": "DS_PROM", "label": "Prometheus", "type": "datasource", "pluginId": "prometheus"}],
             "uid": "shared-1", "title": "Shared", "schemaVersion": 16,
             "panels": [{"type": "singlestat", "title": "Up", "datasource": "${DS_PROM}", "gridPos": {"x": 0, "y": 0, "w": 6, "h": 4},
                         "format": "percent", "thresholds": "50,80", "colors": ["red", "orange", "green"], "valueName": "current",
                         "targets": [{"expr": "avg(up)", "refId": "A"}]}]}
            """);
        Write("team-infra/envelope.json", """
            {"meta": {"folderUid": "payments", "folderTitle": "Payments"},
             "dashboard": {"uid": "pay-1", "title": "Payments API", "panels": []}}
            """);
        var outDir = Path.Combine(_dir, "out");

        var (code, output, error) = Run(Catalog.Create(), "import", input, "--output", outDir, "--namespace", "Acme.Imported");

        Assert.Equal(0, code);
        Assert.Contains("3 dashboard(s)", output);
        var plain = File.ReadAllText(Path.Combine(outDir, "HostOverview.cs"));
        Assert.Contains("public static class HostOverview", plain);
        Assert.Contains("new Dashboard(\"host-overview\", \"Host Overview\")", plain);   // uid derived from the title
        Assert.Contains("var cpu = new TimeSeriesPanel(\"CPU\")", plain);
        Assert.Contains(".Unit(Unit.PercentUnit)", plain);
        Assert.Contains(".Legend(\"{{instance}}\")", plain);
        var shared = File.ReadAllText(Path.Combine(outDir, "Shared.cs"));
        Assert.Contains("new DatasourceVariable(\"DS_PROM\")", shared);
        Assert.Contains("new StatPanel(\"Up\")", shared);                                  // singlestat migrated
        Assert.Contains("Thresholds(Thresholds.Absolute(Color.Red).Step(50, Color.Orange).Step(80, Color.Green))", shared);
        Assert.Contains("WithDatasource(DataSourceRef.Variable(\"DS_PROM\"))", shared);
        Assert.Contains("shared.json", error);                                             // the input → variable step is reported
        var catalog = File.ReadAllText(Path.Combine(outDir, "ImportedCatalog.cs"));
        Assert.Contains("namespace Acme.Imported;", catalog);
        Assert.Contains(".AddFolder(new Folder(\"payments\", \"Payments\"),\n            PaymentsApi.Build())", catalog);
        Assert.Contains("new Folder(\"team-infra\", \"team-infra\")", catalog);
    }

    [Fact]
    public void Import_of_bad_json_names_the_file_and_writes_nothing()
    {
        var bad = Write("bad.json", "{\"title\": ");
        var outDir = Path.Combine(_dir, "out");

        var (code, _, error) = Run(Catalog.Create(), "import", bad, "--output", outDir);

        Assert.Equal(1, code);
        Assert.Contains("bad.json: not valid JSON", error);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Pull_reads_by_uid_folder_and_all_from_grafana()
    {
        var query = Prom.Sum(Prom.Rate(Prom.Metric("http_requests_total").Matches("job", "$job").Range(PromDuration.RateInterval))).By("code");
        var a = new Dashboard("a", "Alpha").WithDefaultDatasource(DataSourceRef.Prometheus("prom"))
            .AddVariable(new QueryVariable("job", PrometheusVariableQuery.LabelValues("up", "job")))
            .AddPanel(new TimeSeriesPanel("Requests").WithTargets(new PrometheusTarget(query)).Unit(Unit.RequestsPerSecond));
        var b = new Dashboard("b", "Beta").AddPanel(new TextPanel("Notes", "hello"));
        var catalog = Catalog.Create().AddFolder(new Folder("bots", "Bots"), a).AddFolder(new Folder("infra", "Infra"), b);
        var push = Run(catalog, ["push", .. Connection]);
        Assert.True(push.Code == 0, push.Err);

        var byUid = Path.Combine(_dir, "uid");
        var one = Run(Catalog.Create(), ["pull", "--uid", "a", "--output", byUid, "--namespace", "Pulled", .. Connection]);
        Assert.Equal(0, one.Code);
        var alpha = File.ReadAllText(Path.Combine(byUid, "Alpha.cs"));
        Assert.Contains("new QueryVariable(\"job\", PrometheusVariableQuery.LabelValues(\"up\", \"job\"))", alpha);
        // The query comes back as the builder code that made it.
        Assert.Contains("new PrometheusTarget(Prom.Sum(Prom.Rate(Prom.Metric(\"http_requests_total\").Matches(\"job\", \"$job\").Range(PromDuration.RateInterval))).By(\"code\"))", alpha);
        Assert.Contains(".Unit(Unit.RequestsPerSecond)", alpha);
        Assert.Contains("new Folder(\"bots\", \"Bots\")", File.ReadAllText(Path.Combine(byUid, "ImportedCatalog.cs")));
        Assert.False(File.Exists(Path.Combine(byUid, "Beta.cs")));

        var byFolder = Path.Combine(_dir, "folder");
        Assert.Equal(0, Run(Catalog.Create(), ["pull", "--folder", "infra", "--output", byFolder, .. Connection]).Code);
        Assert.True(File.Exists(Path.Combine(byFolder, "Beta.cs")));
        Assert.False(File.Exists(Path.Combine(byFolder, "Alpha.cs")));

        var everything = Path.Combine(_dir, "all");
        Assert.Equal(0, Run(Catalog.Create(), ["pull", "--all", "--output", everything, .. Connection]).Code);
        Assert.True(File.Exists(Path.Combine(everything, "Alpha.cs")) && File.Exists(Path.Combine(everything, "Beta.cs")));

        var missing = Run(Catalog.Create(), ["pull", "--uid", "nope", "--output", Path.Combine(_dir, "missing"), .. Connection]);
        Assert.Equal(1, missing.Code);
        Assert.Contains("no dashboard with uid 'nope'", missing.Err);
        Assert.Equal(2, Run(Catalog.Create(), ["pull", .. Connection]).Code);
    }
}
