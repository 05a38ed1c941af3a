using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Dashboards.Benchmarks.Reporting;

/// <summary>
/// Short runs (1 launch, 3 warm-up and 3 measured iterations) so a full run stays in minutes on a shared 2-core
/// machine; memory diagnostics and the goal columns on every benchmark. With <see cref="UseCpuClock"/>
/// (the <c>--cpu-time</c> flag) the job measures the process's CPU time, in process, instead of wall time.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    /// <summary>Set by Program from <c>--cpu-time</c> before BenchmarkDotNet reads the configs.</summary>
    public static bool UseCpuClock { get; set; }

    public BenchmarkConfig()
    {
        var job = Job.ShortRun;
        if (UseCpuClock)
            job = job.WithClock(ProcessCpuClock.Instance).WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-CpuTime");
        AddJob(job);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(GoalColumns.All);
    }
}
