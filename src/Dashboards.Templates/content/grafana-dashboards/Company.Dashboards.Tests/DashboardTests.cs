using Dashboards.TestKit;

namespace Company.Dashboards.Tests;

public sealed class DashboardTests
{
    /// <summary>Model checks (uids, variables, thresholds, datasources), typed PromQL checks and the JSON Schema.</summary>
    [Fact]
    public void The_catalog_compiles() => CatalogAssert.Compiles(DashboardCatalog.Build());

    /// <summary>
    /// The emitted JSON and rule files equal the copies under Golden/, so every change to what Grafana receives shows
    /// up in review. After an intended change: <c>UPDATE_GOLDEN=1 dotnet test</c>, then commit Golden/.
    /// </summary>
    [Fact]
    public void The_output_matches_the_golden_files() =>
        GoldenFiles.InProject().VerifyAll(CatalogAssert.Compiles(DashboardCatalog.Build()));

    /// <summary>Every query reads only declared metrics and labels, with label values that exist.</summary>
    [Fact]
    public void Every_query_uses_only_the_metric_catalog() =>
        CatalogAssert.QueriesUseOnly(DashboardCatalog.Build(), ServiceMetrics.Catalog);

    [Fact]
    public void The_rule_file_is_valid() => Assert.Empty(ServiceRules.Build().Validate());
}
