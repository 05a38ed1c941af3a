using Dashboards.Model;
using Dashboards.Suites;

namespace Dashboards.Benchmarks.Workloads;

/// <summary>The five seed suites (<see cref="AllSuites.Catalog"/>), compiled once for benchmarks that need their JSON.</summary>
public static class SuiteCatalog
{
    private static readonly Lazy<CatalogCompilation> Compilation = new(() =>
    {
        var result = CatalogCompiler.Compile(AllSuites.Catalog);
        if (!result.Success)
            throw new InvalidOperationException("The suites' catalog does not compile:\n" + string.Join("\n", result.Errors));
        return result;
    });

    public static Catalog Catalog => AllSuites.Catalog;

    public static IReadOnlyList<CompiledDashboard> Dashboards => Compilation.Value.Dashboards;

    public static IEnumerable<byte[]> CompiledJson => Dashboards.Select(d => d.Json);

    public static int PanelCount => Dashboards.Sum(d => d.PanelCount);
}
