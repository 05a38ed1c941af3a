using System.Globalization;
using System.Text.Json.Nodes;

namespace Dashboards.Import;

/// <summary>
/// What Grafana does to an old dashboard when it loads it (DashboardMigrator and the panels' migration handlers),
/// for the cases the importer meets: pre-16 rows, graph, singlestat, table-old, the old piechart plugin,
/// string datasources. Works on the JSON in place; each step it takes is added to <c>warnings</c> when it loses detail.
/// docs/import.md lists every step.
/// </summary>
public static class Migrations
{
    private const int GridHeightPx = 30;

    public static void Apply(JsonObject dashboard, List<string> warnings)
    {
        if (dashboard["rows"] is JsonArray rows && dashboard["panels"] is null) RowsToPanels(dashboard, rows);
        foreach (var panel in AllPanels(dashboard)) MigratePanel(panel, warnings);
        foreach (var v in dashboard["templating"].Get("list") as JsonArray ?? []) if (v is JsonObject o) MigrateDatasource(o);
        foreach (var a in dashboard["annotations"].Get("list") as JsonArray ?? []) if (a is JsonObject o) MigrateDatasource(o);
        if (dashboard["panels"] is JsonArray panels) Compact(panels);
        // refresh: false meant "off"; Grafana stores "" now.
        if (dashboard["refresh"] is JsonValue r && r.TryGetValue(out bool refresh) && !refresh) dashboard["refresh"] = "";
    }

    /// <summary>
    /// The grid as Grafana shows it: panels sorted by position (DashboardModel.sortPanelsByGridPos), then compacted the way
    /// react-grid-layout does (each panel, top to bottom, floats up while nothing is in its way and drops below anything it
    /// overlaps). Stored positions with gaps, overlaps or fractions (y 141.4) come out as the dashboard looks.
    /// Collapsed rows' panels are left as stored: they are laid out relative to their row.
    /// </summary>
    internal static void Compact(JsonArray panels)
    {
        var items = panels.OfType<JsonObject>().ToList();
        if (items.Count != panels.Count) return;
        foreach (var p in items)
        {
            if (p["gridPos"] is not JsonObject g) p["gridPos"] = g = new JsonObject { ["x"] = 0, ["y"] = 0, ["w"] = 12, ["h"] = 8 };
            // Grafana's grid draws every row full width and one unit high, whatever its stored gridPos says.
            if (p["type"] is JsonValue t && t.TryGetValue(out string? type) && type == "row") (g["x"], g["w"], g["h"]) = (0, 24, 1);
            var w = Math.Clamp(Int(g["w"], 12), 1, 24);
            g["w"] = w;
            g["h"] = Math.Max(1, Int(g["h"], 8));
            g["x"] = Math.Clamp(Int(g["x"], 0), 0, 24 - w);
            g["y"] = Math.Max(0, Int(g["y"], 0));
        }
        var sorted = items.Select((p, i) => (p, i)).OrderBy(t => Int(t.p["gridPos"]!["y"], 0)).ThenBy(t => Int(t.p["gridPos"]!["x"], 0)).ThenBy(t => t.i).Select(t => t.p).ToList();
        var placed = new List<(int X, int Y, int W, int H)>();
        foreach (var p in sorted)
        {
            var g = p["gridPos"]!;
            var (x, y, w, h) = (Int(g["x"], 0), Int(g["y"], 0), Int(g["w"], 12), Int(g["h"], 8));
            bool Collides(int top) => placed.Any(o => x < o.X + o.W && o.X < x + w && top < o.Y + o.H && o.Y < top + h);
            while (y > 0 && !Collides(y - 1)) y--;
            while (placed.FirstOrDefault(o => x < o.X + o.W && o.X < x + w && y < o.Y + o.H && o.Y < y + h) is { W: > 0 } hit) y = hit.Y + hit.H;
            g["y"] = y;
            placed.Add((x, y, w, h));
        }
        panels.Clear();
        foreach (var p in sorted.OrderBy(p => Int(p["gridPos"]!["y"], 0)).ThenBy(p => Int(p["gridPos"]!["x"], 0))) panels.Add(p);
    }

    private static int Int(JsonNode? n, int fallback) => Numbers.Of(n) is { } d && double.IsFinite(d) ? (int)Math.Floor(Math.Clamp(d, -1e6, 1e6)) : fallback;

    /// <summary>Every panel object, row children included.</summary>
    public static IEnumerable<JsonObject> AllPanels(JsonObject dashboard)
    {
        foreach (var p in dashboard["panels"] as JsonArray ?? [])
        {
            if (p is not JsonObject panel) continue;
            yield return panel;
            foreach (var c in panel["panels"] as JsonArray ?? []) if (c is JsonObject child) yield return child;
        }
    }

    // schemaVersion < 16: rows with span (12 columns) and pixel heights become grid positions and row panels.
    private static void RowsToPanels(JsonObject dashboard, JsonArray rows)
    {
        var panels = new JsonArray();
        var y = 0;
        var showRows = rows.Count > 1 || rows.OfType<JsonObject>().Any(r => r["showTitle"] is JsonValue st && st.TryGetValue(out bool show) && show);
        foreach (var r in rows.OfType<JsonObject>())
        {
            var height = (int)Math.Ceiling(PixelHeight(r["height"]) / GridHeightPx);
            var collapsed = r["collapse"] is JsonValue c && c.TryGetValue(out bool b) && b;
            JsonArray? target = panels;
            if (showRows)
            {
                var row = new JsonObject
                {
                    ["type"] = "row", ["title"] = r["title"]?.DeepClone() ?? "", ["collapsed"] = collapsed,
                    ["gridPos"] = new JsonObject { ["x"] = 0, ["y"] = y, ["w"] = 24, ["h"] = 1 }, ["panels"] = new JsonArray(),
                };
                if (r["repeat"] is JsonNode repeat) row["repeat"] = repeat.DeepClone();
                panels.Add(row);
                y++;
                if (collapsed) target = (JsonArray)row["panels"]!;
            }
            var x = 0;
            var lineHeight = 0;
            foreach (var p in (r["panels"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var w = (int)Math.Round(Math.Clamp(Numbers.Of(p["span"]) ?? 12, 0.5, 12) * 2);
                w = Math.Clamp(w, 1, 24);
                var h = p["height"] is JsonNode ph ? (int)Math.Ceiling(PixelHeight(ph) / GridHeightPx) : height;
                if (x + w > 24) { y += lineHeight; x = 0; lineHeight = 0; }
                var copy = (JsonObject)p.DeepClone();
                copy.Remove("span");
                copy.Remove("height");
                copy["gridPos"] = new JsonObject { ["x"] = x, ["y"] = y, ["w"] = w, ["h"] = h };
                target.Add(copy);
                x += w;
                lineHeight = Math.Max(lineHeight, h);
            }
            y += lineHeight;
        }
        dashboard.Remove("rows");
        dashboard["panels"] = panels;
    }

    // Text panels before Grafana 7.1 kept content and mode on the panel; they live in options now.
    private static void OldText(JsonObject panel)
    {
        foreach (var key in (string[])["content", "mode"])
        {
            if (!panel.TryGetPropertyValue(key, out var value)) continue;
            panel.Remove(key);
            var options = Obj(panel, "options");
            if (!options.ContainsKey(key)) options[key] = value;
        }
    }

    private static double PixelHeight(JsonNode? height) => height switch
    {
        JsonValue when Numbers.Of(height) is { } d => d,
        JsonValue v when v.TryGetValue(out string? s) && double.TryParse(s.Replace("px", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => 250,
    };

    private static void MigratePanel(JsonObject panel, List<string> warnings)
    {
        MigrateDatasource(panel);
        foreach (var t in panel["targets"] as JsonArray ?? []) if (t is JsonObject target) MigrateDatasource(target);
        if (panel["fieldConfig"].Get("defaults").Get("mappings") is JsonArray mappings) OldValueMappings(mappings);
        var type = Str(panel["type"]) as string;
        var title = Str(panel["title"]) as string ?? "";
        switch (type)
        {
            case "text": OldText(panel); break;
            case "graph": GraphToTimeSeries(panel, title, warnings); break;
            case "singlestat": SinglestatToStat(panel, title, warnings); break;
            case "grafana-singlestat-panel": SinglestatToStat(panel, title, warnings); break;
            case "table-old":
                panel["type"] = "table";
                warnings.Add($"panel \"{title}\": table-old migrated to table; its column styles are kept as they were (raw) and not turned into overrides.");
                break;
            case "grafana-piechart-panel": OldPieChart(panel); break;
        }
        if (type is "graph" or "singlestat" or "grafana-singlestat-panel" or "grafana-piechart-panel") DropOldPluginKeys(panel, title, warnings);
        // schemaVersion 17: minSpan gave way to maxPerRow on repeated panels.
        if (panel["minSpan"] is { } minSpan)
        {
            panel.Remove("minSpan");
            if (Numbers.Of(minSpan) is { } span && span > 0 && panel["repeat"] is not null && panel["maxPerRow"] is null)
                panel["maxPerRow"] = new[] { 2, 3, 4, 6, 12, 24 }.FirstOrDefault(f => f >= 12 / span, 24);
        }
    }

    // What Grafana keeps of a panel when its plugin changes (PanelModel's mustKeepProps); the rest of the old plugin's
    // keys are dropped by Grafana too, after the migration above read what it understood.
    private static readonly HashSet<string> KeptOnPluginChange =
    [
        "id", "gridPos", "type", "title", "scopedVars", "repeat", "repeatPanelId", "repeatDirection", "repeatedByRow", "minSpan", "collapsed",
        "panels", "targets", "datasource", "timeFrom", "timeShift", "hideTimeOverride", "description", "links", "cacheTimeout", "queryCachingTTL",
        "transparent", "pluginVersion", "transformations", "fieldConfig", "options", "maxDataPoints", "interval", "libraryPanel", "maxPerRow",
    ];

    private static void DropOldPluginKeys(JsonObject panel, string title, List<string> warnings)
    {
        var dropped = panel.Where(kv => !KeptOnPluginChange.Contains(kv.Key)).Select(kv => kv.Key).ToList();
        foreach (var key in dropped) panel.Remove(key);
        if (panel["options"] is JsonObject options)
        {
            // The graph panel's options: data links move to the field config; the alert threshold has no place.
            if (options["dataLinks"] is JsonArray links)
            {
                options.Remove("dataLinks");
                if (links.Count > 0 && Defaults(panel)["links"] is null) Defaults(panel)["links"] = links;
            }
            if (options.Remove("alertThreshold")) dropped.Add("options.alertThreshold");
        }
        if (dropped.Count > 0) warnings.Add($"panel \"{title}\": keys of the old plugin that Grafana drops when it migrates the panel: {string.Join(", ", dropped)}.");
    }

    // Grafana 8+ stores {type, uid}; older dashboards store the datasource's name, or "$var".
    private static void MigrateDatasource(JsonObject owner)
    {
        if (owner["datasource"] is not JsonValue v || !v.TryGetValue(out string? name)) return;
        owner["datasource"] = name.StartsWith('$') || name.StartsWith("${", StringComparison.Ordinal)
            ? new JsonObject { ["type"] = "prometheus", ["uid"] = name.StartsWith("${", StringComparison.Ordinal) ? name : "${" + name[1..] + "}" }
            : name == "-- Mixed --" ? new JsonObject { ["type"] = "datasource", ["uid"] = "-- Mixed --" }
            : name == "-- Grafana --" ? new JsonObject { ["type"] = "datasource", ["uid"] = "grafana" }
            : new JsonObject { ["type"] = "prometheus", ["uid"] = name };
    }

    private static JsonObject Defaults(JsonObject panel)
    {
        var fc = panel["fieldConfig"] as JsonObject ?? new JsonObject();
        panel["fieldConfig"] = fc;
        var d = fc["defaults"] as JsonObject ?? new JsonObject();
        fc["defaults"] = d;
        fc["overrides"] ??= new JsonArray();
        return d;
    }

    private static JsonObject Obj(JsonObject parent, string key)
    {
        if (parent[key] is JsonObject o) return o;
        o = new JsonObject();
        parent[key] = o;
        return o;
    }

    private static string? Str(JsonNode? n) => n is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    private static bool Flag(JsonNode? n) => n is JsonValue v && v.TryGetValue(out bool b) && b;

    private static double? Num(JsonNode? n) => n switch
    {
        JsonValue when Numbers.Of(n) is { } d => d,
        JsonValue v when v.TryGetValue(out string? s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    // graph → timeseries (Grafana's graphPanelChangedHandler, simplified): left y-axis unit/min/max/decimals, draw
    // style, line width, fill, points, stacking, legend, tooltip. Aliases, series overrides and graph thresholds are not
    // carried over by this step; they are named in a warning.
    private static void GraphToTimeSeries(JsonObject panel, string title, List<string> warnings)
    {
        panel["type"] = "timeseries";
        var d = Defaults(panel);
        var custom = Obj(d, "custom");
        if (panel["yaxes"] is JsonArray { Count: > 0 } axes && axes[0] is JsonObject left)
        {
            if (Str(left["format"]) is string unit && unit.Length > 0) d["unit"] ??= unit;
            if (Num(left["min"]) is { } min) d["min"] ??= min;
            if (Num(left["max"]) is { } max) d["max"] ??= max;
            if (Num(left["decimals"]) is { } dec) d["decimals"] ??= (int)dec;
            if (left["logBase"] is JsonNode lb && Num(lb) is { } logBase && logBase > 1)
                custom["scaleDistribution"] = new JsonObject { ["type"] = "log", ["log"] = (int)logBase };
            if (Str(left["label"]) is string label && label.Length > 0) custom["axisLabel"] = label;
        }
        if (Num(panel["decimals"]) is { } decimals) d["decimals"] ??= (int)decimals;
        var bars = Flag(panel["bars"]);
        var lines = panel["lines"] is null || Flag(panel["lines"]);
        var points = Flag(panel["points"]);
        custom["drawStyle"] = bars ? "bars" : lines ? "line" : points ? "points" : "line";
        custom["lineWidth"] = Num(panel["linewidth"]) is { } lw ? (int)lw : 1;
        custom["fillOpacity"] = Num(panel["fill"]) is { } fill ? (int)(fill * 10) : 10;
        custom["showPoints"] = points ? "always" : "never";
        if (Num(panel["pointradius"]) is { } pr) custom["pointSize"] = (int)(pr * 2 + 2);
        if (Flag(panel["stack"]))
            custom["stacking"] = new JsonObject { ["mode"] = Flag(panel["percentage"]) ? "percent" : "normal", ["group"] = "A" };
        if (Str(panel["nullPointMode"]) is "connected") custom["spanNulls"] = true;
        if (Flag(panel["steppedLine"])) custom["lineInterpolation"] = "stepAfter";

        var options = Obj(panel, "options");
        var legend = panel["legend"] as JsonObject;
        var calcs = new JsonArray();
        if (legend is not null)
            foreach (var (key, id) in new[] { ("min", "min"), ("max", "max"), ("avg", "mean"), ("current", "lastNotNull"), ("total", "sum") })
                if (Flag(legend[key])) calcs.Add(id);
        options["legend"] = new JsonObject
        {
            ["showLegend"] = legend is null || legend["show"] is null || Flag(legend["show"]),
            ["displayMode"] = legend is not null && Flag(legend["alignAsTable"]) ? "table" : "list",
            ["placement"] = legend is not null && Flag(legend["rightSide"]) ? "right" : "bottom",
            ["calcs"] = calcs,
        };
        var shared = panel["tooltip"].Get("shared") is not JsonValue sv || !sv.TryGetValue(out bool sb) || sb;
        options["tooltip"] = new JsonObject { ["mode"] = shared ? "multi" : "single", ["sort"] = "none" };

        var lost = new List<string>();
        if (panel["seriesOverrides"] is JsonArray { Count: > 0 }) lost.Add("seriesOverrides");
        if (panel["thresholds"] is JsonArray { Count: > 0 }) lost.Add("thresholds");
        if (panel["aliasColors"] is JsonObject { Count: > 0 }) lost.Add("aliasColors");
        if (panel["alert"] is not null) lost.Add("alert");
        foreach (var key in new[] { "yaxes", "xaxis", "yaxis", "bars", "lines", "points", "linewidth", "fill", "fillGradient", "pointradius",
                     "stack", "percentage", "nullPointMode", "steppedLine", "legend", "tooltip", "seriesOverrides", "thresholds",
                     "aliasColors", "alert", "dashes", "dashLength", "spaceLength", "renderer", "timeRegions", "hiddenSeries", "decimals",
                     "grid", "options", "zindex", "fieldConfig" })
            if (key is not ("options" or "fieldConfig")) panel.Remove(key);
        if (lost.Count > 0) warnings.Add($"panel \"{title}\": graph migrated to timeseries; not carried over: {string.Join(", ", lost)}.");
    }

    private static readonly Dictionary<string, string> SinglestatReducers = new()
    {
        ["avg"] = "mean", ["current"] = "lastNotNull", ["min"] = "min", ["max"] = "max", ["total"] = "sum", ["first"] = "firstNotNull",
        ["delta"] = "delta", ["diff"] = "diff", ["range"] = "range", ["name"] = "lastNotNull", ["last_time"] = "lastNotNull",
    };

    // singlestat → stat, or gauge when its gauge was shown (Grafana's sharedSingleStatPanelChangedHandler): unit,
    // decimals, reducer, thresholds with their colours, colour mode, sparkline, value-to-text maps.
    private static void SinglestatToStat(JsonObject panel, string title, List<string> warnings)
    {
        var gauge = Flag(panel["gauge"].Get("show"));
        panel["type"] = gauge ? "gauge" : "stat";
        var d = Defaults(panel);
        if (Str(panel["format"]) is string unit && unit.Length > 0 && unit != "none") d["unit"] = unit;
        if (Num(panel["decimals"]) is { } dec) d["decimals"] = (int)dec;
        if (gauge)
        {
            if (Num(panel["gauge"].Get("minValue")) is { } min) d["min"] = min;
            if (Num(panel["gauge"].Get("maxValue")) is { } max) d["max"] = max;
        }
        var colors = (panel["colors"] as JsonArray)?.Select(c => Str(c) as string).ToList() ?? [];
        var steps = new JsonArray { new JsonObject { ["color"] = colors.ElementAtOrDefault(0) ?? "green", ["value"] = null } };
        var thresholds = Str(panel["thresholds"]) as string ?? "";
        var i = 1;
        foreach (var part in thresholds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                steps.Add(new JsonObject { ["color"] = colors.ElementAtOrDefault(i++) ?? "red", ["value"] = value });
        d["thresholds"] = new JsonObject { ["mode"] = "absolute", ["steps"] = steps };
        var mappings = new JsonArray();
        foreach (var m in (panel["valueMaps"] as JsonArray ?? []).OfType<JsonObject>())
            if (m["value"]?.ToString() is { } v && m["text"]?.ToString() is { } text && v != "null")
                mappings.Add(new JsonObject { ["type"] = "value", ["options"] = new JsonObject { [v] = new JsonObject { ["text"] = text, ["index"] = mappings.Count } } });
        if (mappings.Count > 0) d["mappings"] = mappings;

        var reducer = Str(panel["valueName"]) is string vn && SinglestatReducers.TryGetValue(vn, out var r) ? r : "mean";
        var options = new JsonObject
        {
            ["reduceOptions"] = new JsonObject { ["values"] = false, ["calcs"] = new JsonArray(reducer), ["fields"] = "" },
            ["orientation"] = "horizontal",
        };
        if (gauge)
        {
            options["showThresholdLabels"] = Flag(panel["gauge"].Get("thresholdLabels"));
            options["showThresholdMarkers"] = panel["gauge"].Get("thresholdMarkers") is null || Flag(panel["gauge"].Get("thresholdMarkers"));
        }
        else
        {
            options["colorMode"] = Flag(panel["colorBackground"]) ? "background" : Flag(panel["colorValue"]) ? "value" : "none";
            options["graphMode"] = Flag(panel["sparkline"].Get("show")) ? "area" : "none";
            options["justifyMode"] = "auto";
            options["textMode"] = "auto";
        }
        panel["options"] = options;
        var lost = new List<string>();
        if (Str(panel["prefix"]) is string { Length: > 0 }) lost.Add("prefix");
        if (Str(panel["postfix"]) is string { Length: > 0 }) lost.Add("postfix");
        if (panel["rangeMaps"] is JsonArray { Count: > 0 } rm && rm.OfType<JsonObject>().Any(o => o["text"] is not null && o["from"]?.ToString() != "null")) lost.Add("rangeMaps");
        foreach (var key in new[] { "format", "decimals", "gauge", "colors", "thresholds", "valueMaps", "rangeMaps", "mappingType", "mappingTypes",
                     "valueName", "colorBackground", "colorValue", "colorPrefix", "colorPostfix", "sparkline", "prefix", "postfix",
                     "prefixFontSize", "postfixFontSize", "valueFontSize", "nullPointMode", "nullText", "tableColumn", "maxDataPoints_", "cacheTimeout" })
            panel.Remove(key);
        if (lost.Count > 0) warnings.Add($"panel \"{title}\": singlestat migrated to {(gauge ? "gauge" : "stat")}; not carried over: {string.Join(", ", lost)}.");
    }

    // Grafana 7 value mappings ({id, type: 1, value, text} and {type: 2, from, to, text}) → schemaVersion 30's
    // {type: "value", options: {value: {text}}} and {type: "range", options: {from, to, result: {text}}}.
    private static void OldValueMappings(JsonArray mappings)
    {
        for (var i = 0; i < mappings.Count; i++)
        {
            if (mappings[i] is not JsonObject m || Num(m["type"]) is not { } kind) continue;
            var text = m["text"]?.ToString() ?? "";
            mappings[i] = kind switch
            {
                1 when m["value"]?.ToString() is { } value => new JsonObject
                {
                    ["type"] = "value", ["options"] = new JsonObject { [value] = new JsonObject { ["text"] = text, ["index"] = i } },
                },
                2 => new JsonObject
                {
                    ["type"] = "range",
                    ["options"] = new JsonObject { ["from"] = Num(m["from"]), ["to"] = Num(m["to"]), ["result"] = new JsonObject { ["text"] = text, ["index"] = i } },
                },
                _ => m,
            };
        }
    }

    // grafana-piechart-panel → piechart: pie or donut, legend shown as list or table.
    private static void OldPieChart(JsonObject panel)
    {
        panel["type"] = "piechart";
        var d = Defaults(panel);
        if (Str(panel["format"]) is string unit && unit.Length > 0) d["unit"] = unit;
        var options = Obj(panel, "options");
        options["pieType"] = Str(panel["pieType"]) as string == "donut" ? "donut" : "pie";
        options["reduceOptions"] = new JsonObject { ["values"] = false, ["calcs"] = new JsonArray("lastNotNull"), ["fields"] = "" };
        foreach (var key in new[] { "format", "pieType", "legend", "legendType", "aliasColors", "valueName", "combine", "fontSize", "strokeWidth", "breakPoint", "cacheTimeout", "nullPointMode" })
            panel.Remove(key);
    }
}
