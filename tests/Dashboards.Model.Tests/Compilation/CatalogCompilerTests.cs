using Dashboards.PromQL;
using Dashboards.PromQL.Metrics;
using Dashboards.PromQL.Rules;

namespace Dashboards.Model.Tests;

public class CatalogCompilerTests
{
    private static RuleFile Rules(string record = "job:up:sum") =>
        new(new RuleGroup("bots", new RecordingRule(record, Prom.Sum(Prom.Metric("up")).By("job"))));

    [Fact]
    public void Compiles_folders_dashboards_and_rule_files()
    {
        var dashboard = Samples.Minimal("one", "One")
            .AddPanel(new StatPanel("a").WithTargets(Samples.Up(), Samples.Up()))
            .AddRow(new RowPanel("r").Collapsed().AddPanel(new TimeSeriesPanel("b").WithTargets(Samples.Up())));
        var folder = new Folder("bots", "Bots");
        var result = CatalogCompiler.Compile(Catalog.Create().AddFolder(folder, dashboard).AddRuleFile("bots", Rules()));

        Assert.True(result.Success);
        var compiled = Assert.Single(result.Dashboards);
        Assert.Equal(folder, compiled.Folder);
        Assert.Equal(("one", "One"), (compiled.Uid, compiled.Title));
        Assert.Equal(2, compiled.PanelCount);
        Assert.Equal(3, compiled.QueryCount);
        Assert.Same(dashboard, compiled.Source);
        Assert.Equal(DashboardJson.Serialize(dashboard), compiled.Json);

        var rules = Assert.Single(result.RuleFiles);
        Assert.Equal("bots", rules.Name);
        Assert.Contains("record: job:up:sum", rules.Yaml);
        Assert.Contains("sum by (job) (up)", rules.Yaml);
    }

    [Fact]
    public void Results_and_errors_keep_catalog_order()
    {
        var uids = Enumerable.Range(0, 24).Select(i => $"d{i:00}").ToArray();
        var dashboards = uids.Select(uid => Samples.Minimal(uid, uid.ToUpperInvariant()).AddPanel(new StatPanel("s " + uid).WithTargets(Samples.Up()))).ToArray();
        var catalog = Catalog.Create().AddFolder(new Folder("a", "A"), dashboards[..12]).AddFolder(new Folder("b", "B"), dashboards[12..]);
        var first = CatalogCompiler.Compile(catalog);
        var second = CatalogCompiler.Compile(catalog);
        Assert.Equal(uids, first.Dashboards.Select(d => d.Uid));
        Assert.Equal(first.Dashboards.Select(d => d.Json), second.Dashboards.Select(d => d.Json));

        var broken = dashboards.Select(d => d.AddPanel(new StatPanel("bad $x"))).ToArray();
        var errors = CatalogCompiler.Compile(Catalog.Create().AddFolder(new Folder("a", "A"), broken)).Errors;
        Assert.Equal(uids.Select(u => u.ToUpperInvariant()), errors.Select(e => e.Dashboard));
    }

    [Fact]
    public void Adding_the_same_folder_twice_appends_to_it()
    {
        var folder = new Folder("f", "F");
        var catalog = Catalog.Create().AddFolder(folder, Samples.Minimal("a", "A")).AddFolder(folder, Samples.Minimal("b", "B"));
        Assert.Equal(["a", "b"], Assert.Single(catalog.Folders).Dashboards.Select(d => d.Uid));
    }

    [Fact]
    public void Rule_file_names_must_be_legal_and_unique()
    {
        var result = CatalogCompiler.Compile(Catalog.Create().AddRuleFile("a/b", Rules()).AddRuleFile("x", Rules()).AddRuleFile("x", Rules()));
        Assert.Contains(result.Errors, e => e.Path == "catalog.ruleFiles[0].name");
        Assert.Contains(result.Errors, e => e.Path == "catalog.ruleFiles[2].name" && e.Message.Contains("used twice"));
        Assert.Empty(result.RuleFiles);
    }

    [Fact]
    public void An_invalid_rule_file_is_an_error_and_nothing_compiles()
    {
        var bad = new RuleFile(new RuleGroup("g", new RecordingRule("not a metric name", Prom.Metric("up"))));
        var result = CatalogCompiler.Compile(Catalog.Create().AddFolder(Compile.Folder, Samples.Minimal()).AddRuleFile("bad", bad));
        Assert.False(result.Success);
        Assert.Empty(result.Dashboards);
        Assert.Contains(result.Errors, e => e.Dashboard == "(rule file 'bad')" && e.Path == "catalog.ruleFiles[0]");
    }

    [Fact]
    public void One_bad_dashboard_stops_the_whole_catalog()
    {
        var catalog = Catalog.Create().AddFolder(Compile.Folder, Samples.Minimal("good", "Good"), Samples.Minimal("bad uid", "Bad"));
        var result = CatalogCompiler.Compile(catalog);
        Assert.False(result.Success);
        Assert.Empty(result.Dashboards);
        Assert.All(result.Errors, e => Assert.Equal("Bad", e.Dashboard));
    }

    [Fact]
    public void Metric_catalogs_lint_queries_of_their_folder()
    {
        var metrics = new MetricCatalog();
        var calls = metrics.Add(new Counter("bot_api_calls", new Label("provider")));
        var good = new TimeSeriesPanel("good").WithTargets(new PrometheusTarget(calls.SumRate("provider")));
        var unknown = new TimeSeriesPanel("unknown").WithTargets(PrometheusTarget.Raw("sum(rate(bot_api_callz_total[5m]))"));

        var catalog = Catalog.Create().AddFolder(Compile.Folder, Samples.Minimal().AddPanels(good, unknown)).UseMetrics(Compile.Folder.Uid, metrics);
        var error = Assert.Single(CatalogCompiler.Compile(catalog).Errors);
        Assert.Equal("unknown", error.Panel);
        Assert.Equal("panels[1].targets[0].expr", error.Path);
        Assert.Contains("bot_api_callz_total", error.Message);

        // Without the metric catalog the same query is fine: it parses and type-checks.
        Compile.Ok(Samples.Minimal().AddPanels(good, unknown));
    }

    [Fact]
    public void UseMetrics_needs_an_existing_folder() =>
        Assert.Throws<ArgumentException>(() => Catalog.Create().UseMetrics("nope", new MetricCatalog()));

    [Fact]
    public void Compile_errors_read_well()
    {
        Assert.Equal("dashboard \"D\", uid: bad", new CompileError("D", null, "uid", "bad").ToString());
        Assert.Equal("dashboard \"D\", panel \"P\", panels[0].title: bad", new CompileError("D", "P", "panels[0].title", "bad").ToString());
    }
}
