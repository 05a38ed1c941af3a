namespace Dashboards.Model.Tests;

public class StreamingCompileTests
{
    private static readonly Folder Folder = new("gen", "Generated");

    private static Dashboard Sample(string uid) =>
        Samples.Minimal(uid, uid.ToUpperInvariant()).AddPanel(new StatPanel("s " + uid).WithTargets(Samples.Up()));

    [Fact]
    public void Gives_the_same_json_as_the_whole_catalog_compile()
    {
        var dashboards = new[] { Sample("a"), Sample("b") };

        var streamed = CatalogCompiler.CompileEach(dashboards.Select(d => (Folder, d))).ToList();
        var whole = CatalogCompiler.Compile(Catalog.Create().AddFolder(Folder, dashboards));

        Assert.All(streamed, r => Assert.True(r.Success));
        Assert.Equal(whole.Dashboards.Select(d => d.Json), streamed.Select(r => r.Output!.Json));
    }

    [Fact]
    public void Compiles_lazily_one_dashboard_per_step()
    {
        var enumerated = 0;
        IEnumerable<(Folder, Dashboard)> Source()
        {
            for (var i = 0; i < 1_000_000; i++)
            {
                enumerated++;
                yield return (Folder, Sample($"d{i}"));
            }
        }

        var first = CatalogCompiler.CompileEach(Source()).Take(3).ToList();

        Assert.Equal(3, first.Count);
        Assert.Equal(3, enumerated);
    }

    [Fact]
    public void A_uid_used_earlier_in_the_stream_fails_that_dashboard_only()
    {
        var results = CatalogCompiler.CompileEach([(Folder, Sample("a")), (Folder, Sample("b")), (Folder, Sample("a"))]).ToList();

        Assert.True(results[0].Success);
        Assert.True(results[1].Success);
        Assert.False(results[2].Success);
        Assert.Null(results[2].Output);
        var error = Assert.Single(results[2].Errors);
        Assert.Equal("uid", error.Path);
        Assert.Contains("also used by dashboard \"A\"", error.Message);
    }

    [Fact]
    public void Invalid_dashboards_and_folders_are_reported_with_their_place()
    {
        var tooWide = Samples.Minimal("wide", "Wide").AddPanel(new StatPanel("w").WithTargets(Samples.Up()).Size(30, 4));
        var results = CatalogCompiler.CompileEach([(Folder, tooWide), (new Folder("gen", "Another title"), Sample("ok"))]).ToList();

        Assert.Contains(results[0].Errors, e => e.Dashboard == "Wide" && e.Panel == "w");
        var folderError = Assert.Single(results[1].Errors);
        Assert.Equal("dashboards[1].folder.uid", folderError.Path);
        Assert.Contains("used for two titles", folderError.Message);
    }
}
