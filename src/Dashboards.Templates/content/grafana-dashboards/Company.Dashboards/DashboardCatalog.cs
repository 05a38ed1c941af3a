using Company.Dashboards.Dashboards;
using Dashboards.Model;

namespace Company.Dashboards;

/// <summary>Everything this repository provisions: folders with their dashboards, and Prometheus rule files.</summary>
public static class DashboardCatalog
{
    public static readonly Folder Services = new("services", "Services");

    public static Catalog Build() => Catalog.Create()
        .AddFolder(Services, ServiceOverview.Build())
        // Queries in this folder are checked against the metric catalog when the catalog compiles.
        .UseMetrics(Services.Uid, ServiceMetrics.Catalog)
        .AddRuleFile(ServiceRules.Name, ServiceRules.Build());
}
