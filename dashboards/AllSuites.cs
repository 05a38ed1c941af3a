using Dashboards.Model;
using Dashboards.Suites.Ava;
using Dashboards.Suites.Bots;
using Dashboards.Suites.DubaiEstate;
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
        new("dubai-estate", DubaiEstateDashboards.Folder, DubaiEstateMetrics.Catalog,
            [MissionControlDashboard.Build(), UserAnalyticsDashboard.Build(), AiCostDashboard.Build()], DubaiEstateRules.Build()),
        new("ava", AvaDashboards.Folder, AvaMetrics.Catalog,
            [CircuitBreakerDashboard.Build(), ErrorAnalyticsDashboard.Build(), PerformanceMetricsDashboard.Build()], AvaRules.Build()),
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
            // The compiler lints every query of the folder against the suite's metric catalog.
            catalog = catalog.AddFolder(suite.Folder, [.. suite.Dashboards]).UseMetrics(suite.Folder.Uid, suite.Metrics);
            if (suite.Rules is not null) catalog = catalog.AddRuleFile(suite.Name, suite.Rules);
        }
        return catalog;
    }
}
