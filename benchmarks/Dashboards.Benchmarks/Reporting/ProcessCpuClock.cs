using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace Dashboards.Benchmarks.Reporting;

/// <summary>
/// CPU time of the whole process, all threads (Linux <c>clock_gettime(CLOCK_PROCESS_CPUTIME_ID)</c>), for measuring on
/// a shared, overloaded machine: wall time there includes waiting for a core, CPU time does not. All threads count, so
/// work the SDK spreads over cores (the catalog compiler's Parallel.For) and GC threads are included: for parallel code
/// the figure is total CPU, an upper bound of wall time on an idle machine.
/// </summary>
public sealed class ProcessCpuClock : IClock
{
    private const int ClockProcessCpuTimeId = 2;

    public static ProcessCpuClock Instance { get; } = new();

    public string Title => "process CPU time";

    public bool IsAvailable => OperatingSystem.IsLinux();

    public Frequency Frequency => new(1_000_000_000);

    public long GetTimestamp()
    {
        if (clock_gettime(ClockProcessCpuTimeId, out var now) != 0) throw new InvalidOperationException("clock_gettime(CLOCK_PROCESS_CPUTIME_ID) failed.");
        return now.Seconds * 1_000_000_000 + now.Nanoseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc")]
    private static extern int clock_gettime(int clockId, out TimeSpec time);
}
