using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace Dashboards.Benchmarks.Reporting;

/// <summary>
/// CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), for measuring on a shared,
/// overloaded machine: wall time there includes waiting for a core, CPU time of the benchmark thread does not.
/// Workstation GC runs on the allocating thread, so collections are still counted.
/// </summary>
public sealed class ThreadCpuClock : IClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static ThreadCpuClock Instance { get; } = new();

    public string Title => "thread CPU time";

    public bool IsAvailable => OperatingSystem.IsLinux();

    public Frequency Frequency => new(1_000_000_000);

    public long GetTimestamp()
    {
        if (clock_gettime(ClockThreadCpuTimeId, out var now) != 0) throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed.");
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
