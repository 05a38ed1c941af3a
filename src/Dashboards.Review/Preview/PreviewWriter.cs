using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Dashboards.Model;
using Dashboards.Review.DataCheck.Prometheus;

namespace Dashboards.Review.Preview;

/// <summary>What <see cref="PreviewWriter.WriteAsync"/> draws with: live data from a Prometheus, PNGs, "now".</summary>
public sealed record PreviewOptions
{
    /// <summary>When set, panels get small charts of their real series.</summary>
    public PrometheusQueryClient? Prometheus { get; init; }

    /// <summary>Also render each page to a PNG with headless Chromium.</summary>
    public bool Png { get; init; }

    public DateTimeOffset? Now { get; init; }
}

/// <summary>One written page: the dashboard and its HTML (and PNG) paths relative to the output directory.</summary>
public sealed record PreviewPageFile(string Uid, string Title, string Folder, string Html, string? Png, int Panels);

/// <summary>Writes the preview: <c>index.html</c> plus <c>&lt;folder&gt;/&lt;uid&gt;.html</c> (and <c>.png</c>) per dashboard.</summary>
public static class PreviewWriter
{
    public static async Task<IReadOnlyList<PreviewPageFile>> WriteAsync(CatalogCompilation compilation, string output, PreviewOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        if (!compilation.Success) throw new ArgumentException("The catalog does not compile; there is nothing to preview.", nameof(compilation));
        options ??= new PreviewOptions();
        Directory.CreateDirectory(output);
        var pages = new List<PreviewPageFile>();
        foreach (var compiled in compilation.Dashboards)
        {
            var json = JsonNode.Parse(compiled.Json)!;
            var dashboard = PreviewDashboard.Read(compiled.Folder.Title, json);
            var data = options.Prometheus is null
                ? null
                : await PreviewData.FetchAsync(json, options.Prometheus, options.Now ?? DateTimeOffset.UtcNow, cancellationToken);
            var folder = Path.Combine(output, compiled.Folder.Uid);
            Directory.CreateDirectory(folder);
            var html = Path.Combine(compiled.Folder.Uid, compiled.Uid + ".html");
            await File.WriteAllTextAsync(Path.Combine(output, html), PreviewPage.Render(dashboard, data), cancellationToken);
            string? png = null;
            if (options.Png)
            {
                png = Path.Combine(compiled.Folder.Uid, compiled.Uid + ".png");
                await Chromium.ScreenshotAsync(Path.Combine(output, html), Path.Combine(output, png), PreviewPage.PageWidth,
                    PreviewPage.PageHeight(dashboard), cancellationToken);
            }
            pages.Add(new PreviewPageFile(compiled.Uid, compiled.Title, compiled.Folder.Title, html, png, compiled.PanelCount));
        }
        await File.WriteAllTextAsync(Path.Combine(output, "index.html"), Index(pages, options.Prometheus is not null), cancellationToken);
        return pages;
    }

    private static string Index(IReadOnlyList<PreviewPageFile> pages, bool live)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        static string Href(string path) => string.Join('/', path.Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString));
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Dashboard previews</title><style>")
            .Append("body{margin:0;padding:16px;background:#111217;color:#ccccdc;font:14px/1.4 -apple-system,\"Segoe UI\",Roboto,Helvetica,Arial,sans-serif}")
            .Append("a{color:#6e9fff}h1{color:#fff;font-size:22px}h2{color:#fff;font-size:16px;margin-top:20px}li{margin:4px 0}small{color:#8e8e9e}img{display:block;width:480px;border:1px solid #2c3235;margin:4px 0 12px}")
            .Append("</style></head>\n<body><h1>Dashboard previews</h1><p><small>")
            .Append(pages.Count).Append(" dashboards · ").Append(live ? "with live data" : "layout only").Append("</small></p>\n");
        foreach (var folder in pages.GroupBy(p => p.Folder))
        {
            html.Append("<h2>").Append(E(folder.Key)).Append("</h2><ul>\n");
            foreach (var page in folder)
            {
                html.Append("<li><a href=\"").Append(Href(page.Html)).Append("\">").Append(E(page.Title)).Append("</a> <small>")
                    .Append(E(page.Uid)).Append(" · ").Append(page.Panels).Append(" panels</small>");
                if (page.Png is not null) html.Append("<img src=\"").Append(Href(page.Png)).Append("\" alt=\"").Append(E(page.Title)).Append("\">");
                html.Append("</li>\n");
            }
            html.Append("</ul>\n");
        }
        html.Append("</body></html>\n");
        return html.ToString();
    }
}
