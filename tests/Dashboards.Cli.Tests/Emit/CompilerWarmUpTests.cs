using Dashboards.Model;
using Dashboards.Model.Schema;
using Dashboards.PromQL;

namespace Dashboards.Cli.Tests.Emit;

/// <summary>The schema warm-up started by <see cref="DashboardsCli.Run(string[], Func{Catalog})"/>.</summary>
public sealed class CompilerWarmUpTests
{
    private static Catalog OnePanel() => Catalog.Create().AddFolder(new Folder("team", "Team"),
    [
        new Dashboard("warm-up", "Warm-up")
            .AddPanels(new TimeSeriesPanel("Rate").WithTargets(new PrometheusTarget(Prom.Rate(Prom.Metric("up_total").Range(PromDuration.RateInterval))))),
    ]);

    [Fact]
    public void Preloading_on_several_threads_while_compiling_gives_the_same_json()
    {
        var expected = CatalogCompiler.Compile(OnePanel()).Dashboards[0].Json;
        var threads = Enumerable.Range(0, 4).Select(_ => new Thread(SchemaValidator.Preload)).ToList();
        threads.ForEach(t => t.Start());
        var compiled = CatalogCompiler.Compile(OnePanel());
        threads.ForEach(t => t.Join());
        Assert.True(compiled.Success, string.Join("\n", compiled.Errors));
        Assert.Equal(expected, compiled.Dashboards[0].Json);
    }

    [Fact]
    public void Run_with_a_catalog_builder_emits_what_the_catalog_overload_emits()
    {
        var root = Directory.CreateTempSubdirectory("dashboards-warmup-").FullName;
        try
        {
            Assert.Equal(0, DashboardsCli.Run(["--output", Path.Combine(root, "a")], OnePanel(), TextWriter.Null, TextWriter.Null));
            Assert.Equal(0, DashboardsCli.Run(["--output", Path.Combine(root, "b")], OnePanel));
            Assert.Equal(File.ReadAllBytes(Path.Combine(root, "a", "team", "warm-up.json")), File.ReadAllBytes(Path.Combine(root, "b", "team", "warm-up.json")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
