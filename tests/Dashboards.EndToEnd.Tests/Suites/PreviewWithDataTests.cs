using Dashboards.Model;
using Dashboards.Review.Preview;
using Dashboards.Suites;
using Xunit.Abstractions;

namespace Dashboards.EndToEnd.Tests.Suites;

/// <summary>
/// The preview with live data, against the suites' real Prometheus: every chart panel draws its series (inline SVG),
/// every stat a value, no panel says "No data" or shows an error; one page is rendered to PNG by headless Chromium.
/// </summary>
[Collection(AllSuitesCollection.Name)]
public sealed class PreviewWithDataTests(AllSuitesFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Preview_draws_real_series_in_every_panel()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "preview-with-data");
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        var compilation = CatalogCompiler.Compile(AllSuites.Catalog);
        var pages = await PreviewWriter.WriteAsync(compilation, dir,
            new PreviewOptions { Prometheus = fixture.Run.Prometheus.Client, Now = fixture.Run.Prometheus.Window.End });

        var charts = 0;
        foreach (var page in pages)
        {
            var html = await File.ReadAllTextAsync(Path.Combine(dir, page.Html));
            Assert.DoesNotContain("class=\"nodata\"", html);
            charts += CountOf(html, "<polyline") + CountOf(html, "class=\"value\"");
        }
        output.WriteLine($"{pages.Count} pages, {charts} series or values drawn; written to {dir}");
        Assert.True(charts > 100, $"only {charts} series or values drawn");

        var performance = pages.Single(p => p.Uid == "bots-performance");
        var png = Path.Combine(dir, "bots-performance.png");
        var dashboard = PreviewDashboard.Read(performance.Folder, System.Text.Json.Nodes.JsonNode.Parse(compilation.Dashboards.Single(d => d.Uid == performance.Uid).Json)!);
        await Chromium.ScreenshotAsync(Path.Combine(dir, performance.Html), png, PreviewPage.PageWidth, PreviewPage.PageHeight(dashboard));
        Assert.True(new FileInfo(png).Length > 10_000);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
