using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Dashboards.Benchmarks.Reporting;

/// <summary>
/// Short runs (1 launch, 3 warm-up and 3 measured iterations) so a full run stays in minutes on a shared 2-core
/// machine; memory diagnostics and the goal columns on every benchmark.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddJob(Job.ShortRun);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(GoalColumns.All);
    }
}
