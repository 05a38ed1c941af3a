using BenchmarkDotNet.Attributes;
using Dashboards.Benchmarks.Reporting;
using Dashboards.Benchmarks.Workloads;
using Dashboards.Model;
using Dashboards.Model.Json;

namespace Dashboards.Benchmarks;

/// <summary>One generated dashboard (10 and 50 panels, as in the side-by-side run against the foundation SDK: `-- peer`): model building, JSON emission, and both with validation.</summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class DashboardBenchmarks : IItemCount
{
    private Dashboard _dashboard = null!;
    private Catalog _catalog = null!;

    [Params(10, 50)]
    public int Panels { get; set; }

    public int ItemCount => Panels;

    [GlobalSetup]
    public void Setup()
    {
        _dashboard = SampleDashboards.Build(0, Panels);
        _catalog = Catalog.Create().AddFolder(SampleDashboards.Folder, _dashboard);
        var compiled = CatalogCompiler.Compile(_catalog);
        if (!compiled.Success) throw new InvalidOperationException("The sample dashboard does not compile:\n" + string.Join("\n", compiled.Errors));
    }

    /// <summary>Fluent model only (typed PromQL built and printed once per target).</summary>
    [Benchmark]
    [Goal("panel", GoalKind.Report, 0)]
    public Dashboard Build() => SampleDashboards.Build(0, Panels);

    /// <summary>The "build and serialize one dashboard": model, layout, JSON bytes.</summary>
    [Benchmark(Baseline = true)]
    [Goal("panel", GoalKind.MaxNanosecondsPerItem, 1_500)]
    public byte[] BuildAndSerialize() => DashboardJson.Serialize(SampleDashboards.Build(0, Panels));

    /// <summary>Layout and JSON of a dashboard built beforehand.</summary>
    [Benchmark]
    [Goal("panel", GoalKind.Report, 0)]
    public byte[] Serialize() => DashboardJson.Serialize(_dashboard);

    /// <summary>What the compiler does per dashboard: model validation, JSON, schema validation.</summary>
    [Benchmark]
    [Goal("panel", GoalKind.Report, 0)]
    public CatalogCompilation Compile() => CatalogCompiler.Compile(_catalog);
}
