using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dashboards.Review.Preview;

/// <summary>One query of a panel, as written in the JSON.</summary>
public sealed record PreviewQuery(string RefId, string Datasource, string Text, bool Hidden);

/// <summary>A threshold step: colour from this value up (null: the base colour).</summary>
public sealed record PreviewThreshold(double? Value, string Color);

/// <summary>
/// A panel as the preview draws it, read from the emitted JSON (what Grafana sees): grid position, type, title, unit,
/// thresholds, queries, repeat. <see cref="Section"/> is 0 for the dashboard grid, n for the n-th collapsed row.
/// </summary>
public sealed record PreviewPanel(
    int Id, string Type, string Title, string? Description, int X, int Y, int W, int H, string? Unit,
    IReadOnlyList<PreviewThreshold> Thresholds, IReadOnlyList<PreviewQuery> Queries, string? Repeat, string? RepeatDirection, int? MaxPerRow,
    bool Collapsed, int ChildCount, int Section);

/// <summary>A collapsed row: its children are laid out in their own section, relative to the line under the row.</summary>
public sealed record PreviewSection(int Index, string Title, int RowY);

/// <summary>A dashboard as the preview draws it.</summary>
public sealed record PreviewDashboard(string Uid, string Title, string Folder, string? Description, string TimeFrom, string TimeTo,
    IReadOnlyList<string> Variables, IReadOnlyList<PreviewPanel> Panels, IReadOnlyList<PreviewSection> CollapsedRows)
{
    /// <summary>Grid lines of a section (0: the dashboard; n: the n-th collapsed row).</summary>
    public int Height(int section) => Panels.Where(p => p.Section == section).Select(p => p.Y + p.H).DefaultIfEmpty(0).Max();

    /// <summary>Reads the emitted dashboard JSON.</summary>
    public static PreviewDashboard Read(string folder, JsonNode json)
    {
        var root = json.AsObject();
        var panels = new List<PreviewPanel>();
        var sections = new List<PreviewSection>();
        foreach (var panel in (root["panels"]?.AsArray() ?? []).OfType<JsonObject>())
        {
            var read = ReadPanel(panel, 0);
            panels.Add(read);
            if (read.Type == "row" && read.Collapsed)
            {
                var section = new PreviewSection(sections.Count + 1, read.Title, read.Y);
                sections.Add(section);
                foreach (var child in (panel["panels"]?.AsArray() ?? []).OfType<JsonObject>())
                {
                    var c = ReadPanel(child, section.Index);
                    panels.Add(c with { Y = c.Y - read.Y - 1 }); // relative to the line under the row
                }
            }
        }
        var variables = (root["templating"]?["list"]?.AsArray() ?? []).OfType<JsonObject>()
            .Select(v => $"${Str(v["name"])} ({Str(v["type"])})").ToList();
        return new PreviewDashboard(Str(root["uid"]) ?? "", Str(root["title"]) ?? "", folder, Str(root["description"]),
            Str(root["time"]?["from"]) ?? "now-6h", Str(root["time"]?["to"]) ?? "now", variables, panels, sections);
    }

    private static PreviewPanel ReadPanel(JsonObject panel, int section)
    {
        var grid = panel["gridPos"];
        var defaults = panel["fieldConfig"]?["defaults"];
        var thresholds = (defaults?["thresholds"]?["steps"]?.AsArray() ?? []).OfType<JsonObject>()
            .Select(s => new PreviewThreshold(s["value"]?.GetValueKind() == JsonValueKind.Number ? s["value"]!.GetValue<double>() : null, Str(s["color"]) ?? "green"))
            .ToList();
        var queries = (panel["targets"]?.AsArray() ?? []).OfType<JsonObject>()
            .Select(t => new PreviewQuery(Str(t["refId"]) ?? "", Str(t["datasource"]?["type"]) ?? Str(panel["datasource"]?["type"]) ?? "prometheus",
                Str(t["expr"]) ?? Str(t["query"]) ?? t["query"]?.ToJsonString() ?? "", t["hide"]?.GetValue<bool>() ?? false))
            .ToList();
        return new PreviewPanel(
            Int(panel["id"]), Str(panel["type"]) ?? "", Str(panel["title"]) ?? "", Str(panel["description"]),
            Int(grid?["x"]), Int(grid?["y"]), Int(grid?["w"]), Int(grid?["h"]),
            Str(defaults?["unit"]), thresholds, queries,
            Str(panel["repeat"]), Str(panel["repeatDirection"]), panel["maxPerRow"] is { } m ? Int(m) : null,
            panel["collapsed"]?.GetValue<bool>() ?? false, panel["panels"]?.AsArray().Count ?? 0, section);
    }

    private static string? Str(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;

    private static int Int(JsonNode? node) => node?.GetValueKind() == JsonValueKind.Number ? node.GetValue<int>() : 0;
}
