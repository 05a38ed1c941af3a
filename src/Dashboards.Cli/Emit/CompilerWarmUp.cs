using Dashboards.Model;
using Dashboards.PromQL;

namespace Dashboards.Cli.Emit;

/// <summary>
/// The compiler's one-time start-up work (loading the embedded schema and its panel plans, the JSON writer, the
/// validators and PromQL checks), started on a background thread while the main thread builds the catalog, so that on a
/// machine with a free core the two overlap, as node overlaps its own JIT and GC threads with a script. It compiles a
/// one-panel dashboard of its own and drops the result: the real compile never sees it, and shares only the thread-safe
/// loaded state (the schema is a <see cref="Lazy{T}"/>, the compiler already runs on several threads for large catalogs).
/// </summary>
internal static class CompilerWarmUp
{
    /// <summary>Starts the warm-up unless the verb compiles nothing (help, version, import, pull) or there is one core.</summary>
    public static void StartFor(string[] args)
    {
        if (Environment.ProcessorCount < 2 || args.Any(a => a is "--help" or "-h" or "-?" or "/?" or "--version")
            || (args.Length > 0 && args[0] is "import" or "pull"))
            return;
        new Thread(Run) { IsBackground = true, Name = "dashboards compiler warm-up" }.Start();
    }

    /// <summary>What the warm-up compiles: one valid dashboard (a test checks it compiles, so no error path is warmed instead).</summary>
    internal static Catalog Catalog()
    {
        var dashboard = new Dashboard("warm-up", "Warm-up")
            .AddPanels(new TimeSeriesPanel("Warm-up").WithTargets(new PrometheusTarget(Prom.Rate(Prom.Metric("up_total").Range(PromDuration.RateInterval)))));
        return Model.Catalog.Create().AddFolder(new Folder("warm-up", "Warm-up"), [dashboard]);
    }

    private static void Run()
    {
        try
        {
            _ = CatalogCompiler.Compile(Catalog());
        }
#pragma warning disable CA1031 // only a head start: whatever fails here fails again, and is reported, in the real compile
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
