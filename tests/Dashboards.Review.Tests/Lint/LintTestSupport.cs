using Dashboards.Model;
using Dashboards.PromQL.Metrics;
using Dashboards.Review.Lint;

namespace Dashboards.Review.Tests.Lint;

internal static class LintTestSupport
{
    public static readonly DatasourceVariable Datasource = new DatasourceVariable("datasource").WithLabel("Data source");

    /// <summary>A dashboard that satisfies every rule but the ones a test breaks on purpose.</summary>
    public static Dashboard Clean(params Panel[] panels) =>
        new Dashboard("lint-test", "Lint test")
            .WithDefaultDatasource(Datasource.Ref)
            .AddVariable(Datasource)
            .AddVariable(LabelVariable("job"))
            .AddVariable(LabelVariable("instance"))
            .AddPanels(panels);

    public static QueryVariable LabelVariable(string name) =>
        new QueryVariable(name, PrometheusVariableQuery.LabelValues("up", name))
            .WithLabel(char.ToUpperInvariant(name[0]) + name[1..])
            .WithDatasource(Datasource.Ref)
            .MultiSelect()
            .WithAll(".+")
            .RefreshOn(VariableRefresh.OnTimeRangeChange);

    public static TimeSeriesPanel Panel(string query, Unit? unit = null) =>
        new TimeSeriesPanel("Requests").WithDescription("Requests per second.").WithTargets(PrometheusTarget.Raw(query)).Unit(unit ?? Unit.RequestsPerSecond);

    public static LintReport LintOf(Dashboard dashboard, MetricCatalog? metrics = null)
    {
        var catalog = Catalog.Create().AddFolder(new Folder("f", "F"), dashboard);
        if (metrics is not null) catalog = catalog.UseMetrics("f", metrics);
        return Linter.Lint(catalog);
    }

    public static IReadOnlyList<string> RuleIds(LintReport report) => report.Findings.Select(f => f.RuleId).ToList();
}
