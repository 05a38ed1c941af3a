using Dashboards.Cli.Emit;
using Dashboards.Model;
using Dashboards.Model.Schema;

namespace Dashboards.Cli.Tests.Emit;

/// <summary>The background warm-up started by <see cref="DashboardsCli.Run(string[], Func{Catalog})"/>.</summary>
public sealed class CompilerWarmUpTests
{
    [Fact]
    public void The_warm_up_dashboard_compiles_and_is_accepted_while_written()
    {
        // A failing warm-up would spend its head start on the error path (NJsonSchema) instead of the one emit uses.
        var compilation = CatalogCompiler.Compile(CompilerWarmUp.Catalog());
        Assert.True(compilation.Success, string.Join("\n", compilation.Errors));
        Assert.Empty(SchemaValidator.Validate("Warm-up", compilation.Dashboards[0].Json));
    }

    [Fact]
    public void Run_with_a_catalog_builder_emits_what_the_catalog_overload_emits()
    {
        var root = Directory.CreateTempSubdirectory("dashboards-warmup-").FullName;
        try
        {
            var catalog = CompilerWarmUp.Catalog();
            Assert.Equal(0, DashboardsCli.Run(["--output", Path.Combine(root, "a")], catalog, TextWriter.Null, TextWriter.Null));
            Assert.Equal(0, DashboardsCli.Run(["--output", Path.Combine(root, "b")], () => catalog));
            Assert.Equal(File.ReadAllBytes(Path.Combine(root, "a", "warm-up", "warm-up.json")), File.ReadAllBytes(Path.Combine(root, "b", "warm-up", "warm-up.json")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
