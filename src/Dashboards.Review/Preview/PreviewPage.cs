using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Dashboards.Review.Preview;

/// <summary>
/// Renders one dashboard as a static HTML page: every panel a box at its place on Grafana's 24-column grid (column
/// pitch <see cref="ColumnPitch"/> px, line pitch <see cref="LinePitch"/> px, 8 px gutters, as react-grid-layout
/// spaces Grafana's panels), with its title, type, size, unit, thresholds, queries and, when data is given, a small
/// chart. Collapsed rows get a section of their own below the grid. No script, no external resource.
/// </summary>
public static partial class PreviewPage
{
    public const int ColumnWidth = 56;
    public const int Gutter = 8;
    public const int LineHeight = 30;
    public const int ColumnPitch = ColumnWidth + Gutter;
    public const int LinePitch = LineHeight + Gutter;
    public const int GridWidth = 24 * ColumnPitch - Gutter;
    public const int PageWidth = GridWidth + 2 * PagePadding;
    private const int PagePadding = 16;

    /// <summary>Pixels from the top of the page to the bottom of its last section (for the screenshot window).</summary>
    public static int PageHeight(PreviewDashboard dashboard) =>
        140 + Px(dashboard.Height(0)) + dashboard.CollapsedRows.Sum(s => 70 + Px(dashboard.Height(s.Index)));

    private static int Px(int lines) => Math.Max(0, lines * LinePitch - Gutter);

    public static string Render(PreviewDashboard dashboard, IReadOnlyDictionary<int, PanelData>? data = null, string indexHref = "../index.html")
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append("<title>").Append(E(dashboard.Title)).Append(" — preview</title>\n<style>").Append(Css).Append("</style></head>\n<body>\n");
        html.Append("<header><a class=\"back\" href=\"").Append(E(indexHref)).Append("\">all dashboards</a>");
        html.Append("<h1>").Append(E(dashboard.Title)).Append("</h1><p class=\"meta\">")
            .Append(E(dashboard.Folder)).Append(" · uid ").Append(E(dashboard.Uid)).Append(" · ")
            .Append(E(dashboard.TimeFrom)).Append(" to ").Append(E(dashboard.TimeTo))
            .Append(" · ").Append(dashboard.Panels.Count(p => p.Type != "row")).Append(" panels");
        if (dashboard.Variables.Count > 0) html.Append(" · variables ").Append(E(string.Join(", ", dashboard.Variables)));
        html.Append(data is null ? " · layout only" : " · with live data").Append("</p></header>\n");

        Grid(html, dashboard, 0, data);
        foreach (var section in dashboard.CollapsedRows)
        {
            html.Append("<h2 class=\"collapsed\">▸ Collapsed row: ").Append(E(section.Title))
                .Append(" <small>(panels placed under the row when expanded)</small></h2>\n");
            Grid(html, dashboard, section.Index, data);
        }
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void Grid(StringBuilder html, PreviewDashboard dashboard, int section, IReadOnlyDictionary<int, PanelData>? data)
    {
        html.Append("<div class=\"grid\" data-section=\"").Append(section).Append("\" style=\"height:").Append(Px(dashboard.Height(section))).Append("px\">\n");
        foreach (var panel in dashboard.Panels.Where(p => p.Section == section)) Panel(html, panel, data);
        html.Append("</div>\n");
    }

    private static void Panel(StringBuilder html, PreviewPanel p, IReadOnlyDictionary<int, PanelData>? data)
    {
        var kind = p.Type == "row" ? "row" : "panel";
        html.Append("<section class=\"").Append(kind).Append("\" data-id=\"").Append(p.Id).Append("\" data-type=\"").Append(E(p.Type))
            .Append("\" data-x=\"").Append(p.X).Append("\" data-y=\"").Append(p.Y).Append("\" data-w=\"").Append(p.W).Append("\" data-h=\"").Append(p.H)
            .Append("\" style=\"left:").Append(p.X * ColumnPitch).Append("px;top:").Append(p.Y * LinePitch).Append("px;width:")
            .Append(Math.Max(0, p.W * ColumnPitch - Gutter)).Append("px;height:").Append(Px(p.H)).Append("px\">");
        if (p.Type == "row")
        {
            html.Append("<h3>").Append(p.Collapsed ? "▸ " : "▾ ").Append(E(p.Title)).Append("</h3>");
            if (p.Collapsed) html.Append("<span class=\"badge\">collapsed · ").Append(p.ChildCount).Append(" panels below</span>");
            if (p.Repeat is not null) html.Append("<span class=\"badge repeat\">repeats for $").Append(E(p.Repeat)).Append("</span>");
            html.Append("</section>\n");
            return;
        }

        html.Append("<h3 title=\"").Append(E(p.Description ?? "")).Append("\">").Append(E(p.Title.Length > 0 ? p.Title : "(no title)")).Append("</h3>");
        html.Append("<p class=\"facts\"><span class=\"badge type\">").Append(E(p.Type)).Append("</span> <span class=\"size\">")
            .Append(p.W).Append('×').Append(p.H).Append(" at ").Append(p.X).Append(',').Append(p.Y).Append("</span>");
        if (p.Unit is not null) html.Append(" <span class=\"badge unit\">").Append(E(p.Unit)).Append("</span>");
        foreach (var t in p.Thresholds)
        {
            html.Append(" <span class=\"threshold\" style=\"border-color:").Append(CssColor(t.Color)).Append("\">")
                .Append(t.Value is { } v ? "≥ " + v.ToString("0.###", CultureInfo.InvariantCulture) : "base").Append("</span>");
        }
        if (p.Repeat is not null)
        {
            html.Append(" <span class=\"badge repeat\">repeats for $").Append(E(p.Repeat))
                .Append(p.RepeatDirection == "v" ? " (vertical)" : " (horizontal)")
                .Append(p.MaxPerRow is { } max ? $", {max} per row" : "").Append("</span>");
        }
        html.Append("</p>");

        if (data is not null && data.TryGetValue(p.Id, out var panelData)) Chart(html, p, panelData);

        if (p.Queries.Count > 0)
        {
            html.Append("<ol class=\"queries\">");
            foreach (var q in p.Queries)
            {
                html.Append("<li").Append(q.Hidden ? " class=\"hidden\"" : "").Append("><b>").Append(E(q.RefId)).Append("</b> <code>")
                    .Append(E(q.Text)).Append("</code></li>");
            }
            html.Append("</ol>");
        }
        html.Append("</section>\n");
    }

    private static void Chart(StringBuilder html, PreviewPanel p, PanelData data)
    {
        if (data.IsEmpty)
        {
            html.Append("<p class=\"nodata\">").Append(data.Error is null ? "No data" : "Error: " + E(data.Error)).Append("</p>");
            return;
        }
        if (p.Type is "stat" or "gauge" or "bargauge")
        {
            var last = data.Series[0].Points.LastOrDefault();
            html.Append("<p class=\"value\">").Append(double.IsFinite(last.Value) ? last.Value.ToString("0.###", CultureInfo.InvariantCulture) : "–")
                .Append(p.Unit is null ? "" : " <small>" + E(p.Unit) + "</small>").Append("</p>");
            return;
        }
        // The chart takes the room the title, facts and query lines leave.
        var height = Math.Clamp(Px(p.H) - 62 - 15 * p.Queries.Count, 32, 600);
        html.Append(Sparkline.Svg(data.Series, Math.Max(40, p.W * ColumnPitch - Gutter - 18), height));
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex(@"^(#[0-9a-fA-F]{3,8}|[a-zA-Z]+|rgba?\([0-9.,\s%]+\))$")]
    private static partial Regex SafeColor();

    /// <summary>Grafana colour names as CSS: its shades (dark-red, semi-dark-green ...) become the base colour.</summary>
    internal static string CssColor(string grafana)
    {
        var color = Regex.Replace(grafana, "^(super-light|light|semi-dark|dark)-", "");
        if (color == "text") return "#ccccdc";
        return SafeColor().IsMatch(color) ? color : "#888";
    }

    private const string Css = """
        body{margin:0;padding:16px;background:#111217;color:#ccccdc;font:13px/1.35 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;width:1528px}
        header{height:92px;overflow:hidden}
        header h1{margin:4px 0;font-size:22px;color:#fff}
        .meta{margin:0;color:#8e8e9e;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
        .back{color:#6e9fff;text-decoration:none;font-size:12px}
        .grid{position:relative;width:1528px;margin:16px 0}
        section{position:absolute;box-sizing:border-box;overflow:hidden;border-radius:2px}
        section.panel{background:#181b1f;border:1px solid #2c3235;padding:6px 8px}
        section.row{border-bottom:1px solid #2c3235;display:flex;align-items:center;gap:12px}
        section.row h3{font-size:16px}
        h3{margin:0 0 4px;font-size:13px;font-weight:500;color:#fff;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
        h2.collapsed{font-size:16px;color:#fff;margin:24px 0 0;border-bottom:1px dashed #2c3235}
        h2 small{color:#8e8e9e;font-weight:400}
        .facts{margin:0 0 4px;line-height:20px}
        .badge{display:inline-block;padding:0 6px;border-radius:2px;background:#22252b;border:1px solid #34373d;font-size:11px}
        .badge.type{color:#73bf69}.badge.unit{color:#fade2a}.badge.repeat{color:#ff9830}
        .size{color:#8e8e9e;font-size:11px}
        .threshold{display:inline-block;padding:0 4px;border-left:4px solid;background:#22252b;font-size:11px}
        .queries{margin:4px 0 0;padding-left:0;list-style:none}
        .queries li{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font-size:11px;color:#b0b0c0}
        .queries li.hidden{opacity:.5}
        code{font-family:ui-monospace,Menlo,Consolas,monospace}
        .value{margin:2px 0;font-size:26px;color:#fff}.value small{font-size:12px;color:#8e8e9e}
        .nodata{margin:2px 0;color:#ff7383}
        svg.spark{display:block;margin:2px 0;background:#14161a}
        """;
}

/// <summary>A small inline SVG line chart of up to <see cref="PreviewData.MaxSeries"/> series, scaled to fit.</summary>
public static class Sparkline
{
    private static readonly string[] Colors = ["#73bf69", "#f2cc0c", "#8ab8ff", "#ff780a", "#f2495c", "#5794f2"];

    public static string Svg(IReadOnlyList<PanelSeries> series, int width, int height)
    {
        var points = series.SelectMany(s => s.Points).Where(p => double.IsFinite(p.Value)).ToList();
        var svg = new StringBuilder();
        svg.Append("<svg class=\"spark\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(width).Append("\" height=\"").Append(height)
            .Append("\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height).Append("\">");
        if (points.Count > 0)
        {
            double t0 = points.Min(p => p.Time), t1 = points.Max(p => p.Time), v0 = Math.Min(0, points.Min(p => p.Value)), v1 = points.Max(p => p.Value);
            if (t1 <= t0) t1 = t0 + 1;
            if (v1 <= v0) v1 = v0 + 1;
            for (var i = 0; i < series.Count; i++)
            {
                var line = string.Join(' ', series[i].Points.Where(p => double.IsFinite(p.Value)).Select(p =>
                    ((p.Time - t0) / (t1 - t0) * (width - 2) + 1).ToString("0.#", CultureInfo.InvariantCulture) + "," +
                    (height - 2 - (p.Value - v0) / (v1 - v0) * (height - 4)).ToString("0.#", CultureInfo.InvariantCulture)));
                svg.Append("<polyline fill=\"none\" stroke-width=\"1.5\" stroke=\"").Append(Colors[i % Colors.Length]).Append("\" points=\"").Append(line)
                    .Append("\"><title>").Append(WebUtility.HtmlEncode(series[i].Name)).Append("</title></polyline>");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }
}
