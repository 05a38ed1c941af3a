using Dashboards.Model;
using Dashboards.Review.Lint;
using static Dashboards.Review.Tests.Lint.LintTestSupport;

namespace Dashboards.Review.Tests.Lint;

/// <summary>Dashboard and panel rules, and silences.</summary>
public sealed class DashboardRuleTests
{
    private static TimeSeriesPanel Good => Panel("sum(rate(x_total{job=~\"$job\",instance=~\"$instance\"}[$__rate_interval]))");

    [Fact]
    public void A_dashboard_that_follows_every_rule_is_clean() => Assert.Empty(LintOf(Clean(Good)).Findings);

    [Fact]
    public void Template_rules()
    {
        var bare = new Dashboard("d", "D").AddPanel(Good);
        var ids = RuleIds(LintOf(bare));
        Assert.Contains("template-datasource-rule", ids);
        Assert.Contains("panel-datasource-rule", ids);

        var badJob = Clean(Good) with { Variables = [Datasource, LabelVariable("job").MultiSelect(false), LabelVariable("instance").RefreshOn(VariableRefresh.OnDashboardLoad)] };
        ids = RuleIds(LintOf(badJob));
        Assert.Contains("template-job-rule", ids);
        Assert.DoesNotContain("template-instance-rule", ids);
        Assert.Contains("template-on-time-change-reload-rule", ids);

        var noInstance = Clean(Good) with { Variables = [Datasource, LabelVariable("job")] };
        Assert.Contains("template-instance-rule", RuleIds(LintOf(noInstance)));

        var misnamed = Clean(Good) with { Variables = [new DatasourceVariable("DS_PROMETHEUS").WithLabel("Prometheus"), LabelVariable("job"), LabelVariable("instance")] };
        Assert.Equal(2, LintOf(misnamed).Findings.Count(f => f.RuleId == "template-datasource-rule"));
    }

    [Theory]
    [InlineData("label_values(up, job)", true)]
    [InlineData("label_values(job)", true)]
    [InlineData("label_values(up{service=~\"$service\"}, instance)", true)]
    [InlineData("query_result(topk(5, sum by (x) (rate(y_total[5m]))))", true)]
    [InlineData("label_names()", true)]
    [InlineData("metrics(http_.*)", true)]
    [InlineData("label_values(up{service=}, instance)", false)]
    [InlineData("query_result(sum(rate(y_total[5m]))", false)]
    [InlineData("label_value(up, job)", false)]
    [InlineData("up", false)]
    public void Template_label_promql_rule(string query, bool valid) =>
        Assert.Equal(valid, Dashboards.Review.Lint.Rules.TemplateLabelPromQLRule.Problem(query) is null);

    [Fact]
    public void Panel_rules()
    {
        var ids = RuleIds(LintOf(Clean(
            new StatPanel("No unit").WithDescription("d").WithTargets(PrometheusTarget.Raw("sum(up{job=~\"$job\",instance=~\"$instance\"})")),
            new StatPanel("Unknown unit").WithDescription("d").WithTargets(PrometheusTarget.Raw("sum(up{job=~\"$job\",instance=~\"$instance\"})")).Unit(Unit.FromId("furlongs")),
            new GaugePanel("No queries").WithDescription("d").Unit(Unit.Percent),
            new GaugePanel("Empty raw queries").WithDescription("d").Unit(Unit.Percent).WithRawField("targets", new System.Text.Json.Nodes.JsonArray()),
            new GaugePanel("Raw queries").WithDescription("d").Unit(Unit.Percent)
                .WithRawField("targets", System.Text.Json.Nodes.JsonNode.Parse("""[{"refId": "A", "datasource": {"type": "influxdb", "uid": "i"}, "query": "SELECT 1"}]""")),
            new TimeSeriesPanel("No description").WithTargets(PrometheusTarget.Raw("sum(up{job=~\"$job\",instance=~\"$instance\"})")).Unit(Unit.Short),
            new TextPanel("Notes", "Read me"))));
        Assert.Equal(2, ids.Count(i => i == "panel-units-rule"));
        Assert.Equal(2, ids.Count(i => i == "panel-no-targets-rule")); // "Raw queries" does query, through the escape hatch
        Assert.Equal(1, ids.Count(i => i == "panel-title-description-rule"));
    }

    [Fact]
    public void Unchecked_queries_compile_and_are_listed_by_lint_instead_of_failing_it()
    {
        const string broken = "sum(rate(up{job=~\"$job\",instance=~\"$instance\"}[5m])) by (";
        StatPanel Stat(PrometheusTarget target) => new StatPanel("Broken").WithDescription("d").Unit(Unit.Short).WithTargets(target);

        // Checked text: the compiler and lint both reject it, naming the place.
        var checkedErrors = CatalogCompiler.Compile(Catalog.Create().AddFolder(new Folder("f", "F"), Clean(Stat(PrometheusTarget.Raw(broken))))).Errors;
        Assert.Contains(checkedErrors, e => e.Message.Contains("does not parse at 1:", StringComparison.Ordinal));
        Assert.Contains("target-promql-rule", RuleIds(LintOf(Clean(Stat(PrometheusTarget.Raw(broken))))));

        // Unchecked text (what the importer writes for queries the parser rejects): compiles, emitted as written, and lint warns.
        var result = CatalogCompiler.Compile(Catalog.Create().AddFolder(new Folder("f", "F"), Clean(Stat(PrometheusTarget.Unchecked(broken)))));
        Assert.Empty(result.Errors);
        Assert.Contains(broken.Replace("\"", "\\\"", StringComparison.Ordinal), result.Dashboards[0].JsonText, StringComparison.Ordinal);
        var report = LintOf(Clean(Stat(PrometheusTarget.Unchecked(broken))));
        Assert.DoesNotContain("target-promql-rule", RuleIds(report));
        var finding = Assert.Single(report.Findings, f => f.RuleId == "target-unchecked-rule");
        Assert.Contains("does not parse at 1:", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Silences_hide_findings_and_are_listed_with_their_reason()
    {
        var panel = Panel("sum(rate(x_total[5m]))").SilenceLint("target-rate-interval-rule", "a fixed window on purpose");
        var report = LintOf(Clean(panel).SilenceLint("target-job-rule", "no job label").SilenceLint("target-instance-rule", "no instance label"));
        Assert.Empty(report.Findings);
        Assert.Equal(3, report.Silences.Count);
        Assert.Contains(report.Silences, s => s.RuleId == "target-rate-interval-rule" && s.Panel == "Requests" && s.Hidden == 1 && s.Reason == "a fixed window on purpose");
    }

    [Fact]
    public void A_silence_needs_a_reason_and_a_known_rule()
    {
        Assert.Throws<ArgumentException>(() => Clean().SilenceLint("panel-units-rule", " "));
        var finding = Assert.Single(LintOf(Clean(Good).SilenceLint("panel-unit-rule", "typo")).Findings);
        Assert.Equal(Linter.UnknownSilenceId, finding.RuleId);
        Assert.Equal(LintSeverity.Error, finding.Severity);
        Assert.Contains("panel-unit-rule", finding.Message);
    }

    [Fact]
    public void Rule_ids_are_unique_and_adopt_dashboard_linters()
    {
        var ids = LintRules.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        // The rule list of grafana/dashboard-linter's docs/index.md and lint/rule_*.go.
        string[] linter =
        [
            "template-datasource-rule", "template-job-rule", "template-instance-rule", "template-label-promql-rule",
            "template-on-time-change-reload-rule", "panel-datasource-rule", "panel-title-description-rule", "panel-units-rule",
            "panel-no-targets-rule", "target-logql-rule", "target-promql-rule", "target-rate-interval-rule", "target-job-rule",
            "target-instance-rule", "target-counter-agg-rule",
        ];
        Assert.All(linter, id => Assert.Contains(id, ids));
        Assert.All(LintRules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Summary)));
    }

    [Fact]
    public void Docs_lint_md_is_the_rule_table()
    {
        var path = Path.Combine(RepoRoot(), "docs", "lint.md");
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1") File.WriteAllText(path, LintRules.Markdown());
        Assert.True(File.Exists(path), "docs/lint.md is missing: run UPDATE_DOCS=1 dotnet test tests/Dashboards.Review.Tests");
        Assert.Equal(LintRules.Markdown(), File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_five_suites_lint_clean()
    {
        var report = Linter.Lint(Dashboards.Suites.AllSuites.Catalog);
        Assert.True(report.Findings.Count == 0, string.Join("\n", report.Findings));
        Assert.All(report.Silences, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
        Assert.True(report.Silences.Sum(s => s.Hidden) > 0);
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dashboards.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Dashboards.sln not found above " + AppContext.BaseDirectory);
    }
}
