using BenchmarkDotNet.Attributes;
using Dashboards.Benchmarks.Reporting;
using Dashboards.Benchmarks.Workloads;
using System.Collections.Concurrent;
using Dashboards.Model;

namespace Dashboards.Benchmarks;

/// <summary>The whole catalog of the five seed suites compiled: model validation, JSON, schema validation (warm).</summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class CatalogBenchmarks : IItemCount
{
    private Catalog[] _oneDashboardCatalogs = [];
    private Catalog _withoutRuleFiles = null!;

    public int ItemCount => SuiteCatalog.Catalog.AllDashboards().Count();

    [GlobalSetup]
    public void Setup()
    {
        _oneDashboardCatalogs =
        [
            .. SuiteCatalog.Catalog.Folders.SelectMany(folder => folder.Dashboards.Select(dashboard =>
            {
                var single = Catalog.Create().AddFolder(folder.Folder, dashboard);
                return folder.Metrics is { } metrics ? single.UseMetrics(folder.Folder.Uid, metrics) : single;
            })),
        ];
        _withoutRuleFiles = Catalog.Create();
        foreach (var folder in SuiteCatalog.Catalog.Folders)
        {
            _withoutRuleFiles = _withoutRuleFiles.AddFolder(folder.Folder, [.. folder.Dashboards]);
            if (folder.Metrics is { } metrics) _withoutRuleFiles = _withoutRuleFiles.UseMetrics(folder.Folder.Uid, metrics);
        }
        var result = CatalogCompiler.Compile(SuiteCatalog.Catalog);
        if (!result.Success) throw new InvalidOperationException("The suites' catalog does not compile:\n" + string.Join("\n", result.Errors));
    }

    [Benchmark(Baseline = true)]
    [Goal("dashboard", GoalKind.MaxMillisecondsPerOperation, 50)]
    public CatalogCompilation CompileFiveSuites() => CatalogCompiler.Compile(SuiteCatalog.Catalog);

    /// <summary>The same catalog without its rule files: what rendering and checking the rule files costs.</summary>
    [Benchmark]
    [Goal("dashboard", GoalKind.Report, 0)]
    public CatalogCompilation CompileFiveSuitesWithoutRuleFiles() => CatalogCompiler.Compile(_withoutRuleFiles);

    /// <summary>The suites' rule files alone, as the compiler handles them: validated, then rendered to YAML (which validates again).</summary>
    [Benchmark]
    [Goal("dashboard", GoalKind.Report, 0)]
    public int RuleFilesOnly()
    {
        var length = 0;
        foreach (var (_, file) in SuiteCatalog.Catalog.RuleFiles)
            length += file.Validate().Count + file.ToYaml().Length;
        return length;
    }

    /// <summary>
    /// The same dashboards (with their folders' metric catalogs) compiled one at a time on this thread, a one-dashboard
    /// catalog each, so the compiler's Parallel.For does not start: tells the parallel speed-up, or its cost on a busy
    /// machine, apart from the work itself. Rule files are left out, so this slightly under-counts the sequential cost.
    /// </summary>
    [Benchmark]
    [Goal("dashboard", GoalKind.Report, 0)]
    public int CompileFiveSuitesOneByOne()
    {
        var compiled = 0;
        foreach (var catalog in _oneDashboardCatalogs)
            compiled += CatalogCompiler.Compile(catalog).Dashboards.Count;
        return compiled == _oneDashboardCatalogs.Length ? compiled : throw new InvalidOperationException("A suite dashboard did not compile.");
    }

    /// <summary>
    /// The same one-dashboard compilations spread over the cores as one contiguous range per core
    /// (<see cref="Partitioner.Create(int, int, int)"/>, MaxDegreeOfParallelism = cores): the shape proposed for
    /// CatalogCompiler, where thread-pool workers get one long job each instead of many short ones to spin between.
    /// </summary>
    [Benchmark]
    [Goal("dashboard", GoalKind.Report, 0)]
    public int CompileFiveSuitesOneRangePerCore()
    {
        var cores = Environment.ProcessorCount;
        var count = _oneDashboardCatalogs.Length;
        var compiled = 0;
        Parallel.ForEach(
            Partitioner.Create(0, count, Math.Max(1, (count + cores - 1) / cores)),
            new ParallelOptions { MaxDegreeOfParallelism = cores },
            range =>
            {
                var local = 0;
                for (var i = range.Item1; i < range.Item2; i++) local += CatalogCompiler.Compile(_oneDashboardCatalogs[i]).Dashboards.Count;
                Interlocked.Add(ref compiled, local);
            });
        return compiled == count ? compiled : throw new InvalidOperationException("A suite dashboard did not compile.");
    }
}
