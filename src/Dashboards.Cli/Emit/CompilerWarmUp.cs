using Dashboards.Model.Schema;

namespace Dashboards.Cli.Emit;

/// <summary>
/// The compiler's largest one-time start-up step, loading the embedded schema it checks dashboards against while
/// writing them (<see cref="SchemaValidator.Preload"/>), started on a background thread while the main thread builds
/// the catalog: on a machine with a free core the two overlap, as node overlaps its own JIT and GC threads with a script.
/// The schema is a thread-safe <see cref="Lazy{T}"/>: the compile uses the one loaded here, or waits for it.
/// </summary>
/// <remarks>
/// Measured (docs/benchmarks.md, cold start): about 10 ms less wall time and 8 ms more CPU time for the five suites'
/// emit on a quiet 2-core machine. Warming more (compiling a dashboard of its own) cost more CPU than it saved wall time.
/// </remarks>
internal static class CompilerWarmUp
{
    /// <summary>Starts the warm-up unless the verb compiles nothing (help, version, import, pull) or there is one core.</summary>
    public static void StartFor(string[] args)
    {
        if (Environment.ProcessorCount < 2 || args.Any(a => a is "--help" or "-h" or "-?" or "/?" or "--version")
            || (args.Length > 0 && args[0] is "import" or "pull"))
            return;
        new Thread(Run) { IsBackground = true, Name = "dashboards schema warm-up" }.Start();
    }

    private static void Run()
    {
        try
        {
            SchemaValidator.Preload();
        }
#pragma warning disable CA1031 // only a head start: whatever fails here fails again, and is reported, in the real compile
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
