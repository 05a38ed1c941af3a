using System.Text.Json.Nodes;
using Dashboards.Cli;
using Dashboards.Model;
using Dashboards.Review.Preview;
using Dashboards.Suites;
using Xunit.Abstractions;

namespace Dashboards.Review.Tests.Preview;

/// <summary>
/// The preview in a real browser (Debian's headless Chromium over the DevTools protocol): every page of the five suites
/// and of a dashboard with open and collapsed rows and a repeated panel renders without console errors, and every
/// panel box sits where its gridPos in the emitted JSON says.
/// </summary>
public sealed class PreviewBrowserTests(ITestOutputHelper output)
{
    internal static Catalog RowsCatalog()
    {
        var instance = new QueryVariable("instance", PrometheusVariableQuery.LabelValues("up", "instance")).MultiSelect().WithAll();
        TimeSeriesPanel Series(string title) => new TimeSeriesPanel(title).WithTargets(PrometheusTarget.Raw("sum(rate(http_requests_total[$__rate_interval]))")).Unit(Unit.RequestsPerSecond);
        var dashboard = new Dashboard("preview-rows", "Preview <rows> & repeats")
            .WithDefaultDatasource(DataSourceRef.Prometheus("prom"))
            .AddVariable(instance)
            .AddPanel(new StatPanel("Up").WithTargets(PrometheusTarget.Raw("sum(up)")).Unit(Unit.Short).Size(6, 4)
                .Thresholds(Thresholds.Absolute(Color.Red).Step(1, Color.Green)))
            .AddPanel(Series("Per instance").Size(6, 6).Repeat("instance", maxPerRow: 3))
            .AddPanel(new TextPanel("Notes", "Read me").Size(12, 3))
            .AddRow(new RowPanel("Open row").AddPanels(Series("A").Size(8, 5), Series("B").Size(16, 7), Series("C").Size(24, 4)))
            .AddRow(new RowPanel("Closed row").Collapsed().AddPanels(Series("D").Size(12, 6), Series("E").Size(12, 9), Series("F").Size(5, 3)))
            .AddRow(new RowPanel("Last row").AddPanels(Series("G")));
        return Catalog.Create().AddFolder(new Folder("preview", "Preview"), dashboard);
    }

    [Fact]
    public async Task Every_page_renders_without_errors_and_panels_sit_on_their_grid_positions()
    {
        var dir = Directory.CreateTempSubdirectory("preview-test-").FullName;
        try
        {
            var suites = CatalogCompiler.Compile(AllSuites.Catalog);
            var rows = CatalogCompiler.Compile(RowsCatalog());
            Assert.True(suites.Success && rows.Success);
            var pages = (await PreviewWriter.WriteAsync(suites, Path.Combine(dir, "suites")))
                .Select(p => (Path.Combine(dir, "suites", p.Html), suites.Dashboards.Single(d => d.Uid == p.Uid)))
                .Concat((await PreviewWriter.WriteAsync(rows, Path.Combine(dir, "rows")))
                    .Select(p => (Path.Combine(dir, "rows", p.Html), rows.Dashboards.Single(d => d.Uid == p.Uid))))
                .ToList();
            Assert.Equal(14, pages.Count);

            await using var browser = await HeadlessBrowser.StartAsync();
            var boxes = 0;
            foreach (var (html, compiled) in pages)
            {
                var tab = await browser.OpenAsync(new Uri(html).AbsoluteUri);
                Assert.True(tab.Errors.Count == 0, $"{html}:\n{string.Join("\n", tab.Errors)}");
                var measured = JsonNode.Parse((await tab.EvaluateAsync(MeasureScript))!.GetValue<string>())!.AsArray();
                var expected = Expected(JsonNode.Parse(compiled.Json)!);
                var seen = measured.SelectMany(g => g!["boxes"]!.AsArray().Select(b => (Section: g["section"]!.GetValue<int>(), Box: b!))).ToList();
                Assert.Equal(expected.Count, seen.Count);
                foreach (var (section, box) in seen)
                {
                    var id = box["id"]!.GetValue<int>();
                    var want = expected.Single(e => e.Id == id);
                    Assert.Equal(want.Section, section);
                    var where = $"{compiled.Uid} panel {id} \"{want.Title}\" gridPos {want.X},{want.Y} {want.W}x{want.H}";
                    Near(want.X * PreviewPage.ColumnPitch, box["left"]!, where + " left");
                    Near(want.Y * PreviewPage.LinePitch, box["top"]!, where + " top");
                    Near(want.W * PreviewPage.ColumnPitch - PreviewPage.Gutter, box["width"]!, where + " width");
                    Near(want.H * PreviewPage.LinePitch - PreviewPage.Gutter, box["height"]!, where + " height");
                    Assert.Equal(want.Title, box["title"]!.GetValue<string>().TrimStart('▸', '▾', ' '));
                    boxes++;
                }
                await tab.CloseAsync();
            }
            var index = await browser.OpenAsync(new Uri(Path.Combine(dir, "suites", "index.html")).AbsoluteUri);
            Assert.Empty(index.Errors);
            Assert.Equal(13, (await index.EvaluateAsync("document.querySelectorAll('a[href$=\".html\"]').length"))!.GetValue<int>());
            output.WriteLine($"{pages.Count} pages, {boxes} panel boxes measured in Chromium.");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_rows_page_shows_collapsed_rows_and_repeats()
    {
        var compiled = CatalogCompiler.Compile(RowsCatalog()).Dashboards.Single();
        var page = PreviewPage.Render(PreviewDashboard.Read("Preview", JsonNode.Parse(compiled.Json)!));
        Assert.Contains("Collapsed row: Closed row", page);
        Assert.Contains("collapsed · 3 panels below", page);
        Assert.Contains("repeats for $instance (horizontal), 3 per row", page);
        Assert.Contains("Preview &lt;rows&gt; &amp; repeats", page);
        Assert.Contains("<span class=\"badge unit\">reqps</span>", page);
        Assert.Contains("≥ 1", page);
    }

    [Fact]
    public void Preview_png_renders_each_page_with_chromium_at_the_page_size()
    {
        var dir = Directory.CreateTempSubdirectory("preview-png-").FullName;
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exit = DashboardsCli.Run(["preview", "--output", dir, "--png"], RowsCatalog(), stdout, stderr);
            Assert.True(exit == 0, stderr.ToString());
            var png = File.ReadAllBytes(Path.Combine(dir, "preview", "preview-rows.png"));
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
            var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16));
            var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20));
            var compiled = CatalogCompiler.Compile(RowsCatalog()).Dashboards.Single();
            Assert.Equal(PreviewPage.PageWidth, width);
            Assert.Equal(PreviewPage.PageHeight(PreviewDashboard.Read("Preview", JsonNode.Parse(compiled.Json)!)), height);
            Assert.Contains("preview/preview-rows.png", File.ReadAllText(Path.Combine(dir, "index.html")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private const string MeasureScript = """
        JSON.stringify([...document.querySelectorAll('.grid')].map(g => {
          const gr = g.getBoundingClientRect();
          return { section: +g.dataset.section, boxes: [...g.querySelectorAll(':scope > section')].map(s => {
            const r = s.getBoundingClientRect();
            return { id: +s.dataset.id, title: s.querySelector('h3').textContent, left: r.left - gr.left, top: r.top - gr.top, width: r.width, height: r.height };
          }) };
        }))
        """;

    private sealed record Box(int Id, string Title, int X, int Y, int W, int H, int Section);

    /// <summary>Every panel and row of the emitted JSON with the place the preview must draw it (collapsed rows' panels in their own section).</summary>
    private static List<Box> Expected(JsonNode dashboard)
    {
        var boxes = new List<Box>();
        var section = 0;
        foreach (var panel in dashboard["panels"]!.AsArray())
        {
            var g = panel!["gridPos"]!;
            var rowY = g["y"]!.GetValue<int>();
            boxes.Add(new Box(panel["id"]!.GetValue<int>(), panel["title"]!.GetValue<string>(), g["x"]!.GetValue<int>(), rowY, g["w"]!.GetValue<int>(), g["h"]!.GetValue<int>(), 0));
            if (panel["type"]!.GetValue<string>() != "row" || panel["collapsed"]?.GetValue<bool>() != true) continue;
            section++;
            foreach (var child in panel["panels"]!.AsArray())
            {
                var c = child!["gridPos"]!;
                boxes.Add(new Box(child["id"]!.GetValue<int>(), child["title"]!.GetValue<string>(), c["x"]!.GetValue<int>(), c["y"]!.GetValue<int>() - rowY - 1,
                    c["w"]!.GetValue<int>(), c["h"]!.GetValue<int>(), section));
            }
        }
        return boxes;
    }

    private static void Near(double expected, JsonNode actual, string what)
    {
        var value = actual.GetValue<double>();
        Assert.True(Math.Abs(expected - value) <= 1, $"{what}: expected {expected}px, the browser drew {value}px");
    }
}
