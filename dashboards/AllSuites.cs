using Dashboards.Model;
using Dashboards.Suites.Bots;
using Dashboards.Suites.Sidepanel;
using Dashboards.Suites.Tta;

namespace Dashboards.Suites;

/// <summary>
/// Every suite of the seed documents: one Grafana folder each, their dashboards, their Prometheus rule files,
/// and the typed metric catalogs the queries are built from.
/// </summary>
public static class AllSuites
{
    /// <summary>The suites in document order: Bots, TTA, Sidepanel, Dubai Estate, AVA.</summary>
    public static IReadOnlyList<Suite> All { get; } =
    [
        new("bots", BotsDashboards.Folder, BotsMetrics.Catalog,
            [PerformanceDashboard.Build(), CostDashboard.Build(), ErrorDashboard.Build()], BotsRules.Build()),
        new("tta", AgentObservabilityDashboard.Folder, TtaMetrics.Catalog,
            [AgentObservabilityDashboard.Build()], null),
        new("sidepanel", SidepanelDashboards.Folder, SidepanelMetrics.Catalog,
            [SystemOverviewDashboard.Build(), VeniceApiDashboard.Build(), SessionAnalyticsDashboard.Build()], SidepanelRules.Build()),
    ];

    /// <summary>All folders, dashboards and rule files, ready for <c>DashboardsCli.Run</c> or <c>CatalogCompiler.Compile</c>.</summary>
    public static Catalog Catalog { get; } = Build();

    /// <summary>One metric catalog per suite, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<MetricCatalog> MetricCatalogs { get; } = [.. All.Select(s => s.Metrics)];

    private static Catalog Build()
    {
        var catalog = Catalog.Create();
        foreach (var suite in All)
        {
            catalog = catalog.AddFolder(suite.Folder, [.. suite.Dashboards]);
            // Rule files join the catalog once Catalog.AddRuleFile(name, RuleFile) exists (Model contract).
        }
        return catalog;
    }
}
