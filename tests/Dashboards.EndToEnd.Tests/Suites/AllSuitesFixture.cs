using Dashboards.EndToEnd.Tests.Checks;
using Dashboards.Model;
using Dashboards.Suites;

namespace Dashboards.EndToEnd.Tests.Suites;

[CollectionDefinition(Name)]
public sealed class AllSuitesCollection : ICollectionFixture<AllSuitesFixture>
{
    public const string Name = "all suites on a real prometheus";
}

/// <summary>The five suites compiled, with a real Prometheus holding data for every metric of their catalogs.</summary>
public sealed class AllSuitesFixture : IAsyncLifetime
{
    public EndToEndRun Run { get; private set; } = null!;

    public async Task InitializeAsync() => Run = await EndToEndRun.StartAsync(CatalogCompiler.Compile(AllSuites.Catalog), AllSuites.MetricCatalogs);

    public async Task DisposeAsync()
    {
        if (Run is not null) await Run.DisposeAsync();
    }
}
