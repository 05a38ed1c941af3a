using Dashboards.Cli;
using Dashboards.Model;
using Dashboards.Suites;

namespace Dashboards.Review.Tests.Lint;

/// <summary>The lint verb, and lint inside validate and emit, as a user runs them.</summary>
public sealed class LintVerbTests
{
    private static Catalog With(params Panel[] panels) =>
        Catalog.Create().AddFolder(new Folder("f", "F"), new Dashboard("d", "D").WithDefaultDatasource(DataSourceRef.Prometheus("prom")).AddPanels(panels));

    private static readonly Panel NoQueries = new GaugePanel("Empty gauge").WithDescription("d").Unit(Unit.Percent);
    private static readonly Panel NoUnit = new StatPanel("Plain").WithDescription("d").WithTargets(PrometheusTarget.Raw("sum(up)"));

    private static (int Exit, string Out, string Err) Run(Catalog catalog, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = DashboardsCli.Run(args, catalog, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Validate_fails_on_a_lint_error_and_names_the_rule_and_panel()
    {
        var (exit, _, err) = Run(With(NoQueries), "validate");
        Assert.Equal(ExitCodes.ValidationFailed, exit);
        Assert.Contains("error panel-no-targets-rule: D / panel \"Empty gauge\" (panels[0]): has no queries", err);
    }

    [Fact]
    public void Emit_writes_nothing_on_a_lint_error_and_prints_warnings_otherwise()
    {
        var dir = Path.Combine(Path.GetTempPath(), "lint-emit-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(ExitCodes.ValidationFailed, Run(With(NoQueries), "emit", "--output", dir).Exit);
            Assert.False(Directory.Exists(dir));

            var (exit, output, _) = Run(With(NoUnit), "emit", "--output", dir);
            Assert.Equal(ExitCodes.Success, exit);
            Assert.Contains("warning panel-units-rule: D / panel \"Plain\"", output);
            Assert.True(File.Exists(Path.Combine(dir, "f", "d.json")));
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Lint_verb_lists_rules_and_silences()
    {
        var rules = Run(AllSuites.Catalog, "lint", "--rules");
        Assert.Equal(0, rules.Exit);
        Assert.Contains("target-counter-agg-rule", rules.Out);

        var (exit, output, err) = Run(AllSuites.Catalog, "lint", "--silences");
        Assert.Equal(0, exit);
        Assert.Equal("", err);
        Assert.Contains("silenced target-rate-interval-rule: Circuit Breaker Health / panel \"Open Rate\": opens are rare", output);
        Assert.Contains("Lint: 13 dashboard(s), 0 error(s), 0 warning(s)", output);
    }

    [Fact]
    public void Validate_of_the_suites_prints_no_lint_findings()
    {
        var (exit, output, _) = Run(AllSuites.Catalog, "validate");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("warning ", output);
        Assert.Contains("0 error(s), 0 warning(s)", output);
    }
}
