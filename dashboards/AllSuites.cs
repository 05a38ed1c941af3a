using Dashboards.Model;
using Dashboards.Suites.Bots;
using Dashboards.Suites.Tta;

namespace Dashboards.Suites;

/// <summary>
/// Every suite of the seed documents: one Grafana folder each, their dashboards, their Prometheus rule files,
/// and the typed metric catalogs the queries are built from.
/// </summary>
public static class AllSuites
{
    /// <summary>All folders, dashboards and rule files, ready for <c>DashboardsCli.Run</c> or <c>CatalogCompiler.Compile</c>.</summary>
    public static Catalog Catalog { get; } = Build();

    /// <summary>One metric catalog per suite, in the order Bots, TTA, Sidepanel, Dubai Estate, AVA.</summary>
    public static IReadOnlyList<MetricCatalog> MetricCatalogs { get; } =
    [
        BotsMetrics.Catalog,
        TtaMetrics.Catalog,
    ];

    private static Catalog Build() =>
        Catalog.Create()
            .AddFolder(BotsDashboards.Folder, PerformanceDashboard.Build(), CostDashboard.Build(), ErrorDashboard.Build())
            .AddFolder(AgentObservabilityDashboard.Folder, AgentObservabilityDashboard.Build());
}
