using BenchmarkDotNet.Attributes;
using Dashboards.Benchmarks.Reporting;
using Dashboards.Benchmarks.Workloads;
using Dashboards.Model;

namespace Dashboards.Benchmarks;

/// <summary>The whole catalog of the five seed suites compiled: model validation, JSON, schema validation (warm).</summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class CatalogBenchmarks : IItemCount
{
    public int ItemCount => SuiteCatalog.Catalog.AllDashboards().Count();

    [GlobalSetup]
    public void Setup()
    {
        var result = CatalogCompiler.Compile(SuiteCatalog.Catalog);
        if (!result.Success) throw new InvalidOperationException("The suites' catalog does not compile:\n" + string.Join("\n", result.Errors));
    }

    [Benchmark]
    [Goal("dashboard", GoalKind.MaxMillisecondsPerOperation, 50)]
    public CatalogCompilation CompileFiveSuites() => CatalogCompiler.Compile(SuiteCatalog.Catalog);
}
