using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dashboards.Model;
using Dashboards.Model.Json;
using Dashboards.PromQL;

namespace Dashboards.Import;

/// <summary>
/// Writes one migrated dashboard as a C# static class with <c>public static Dashboard Build()</c>: typed members where the
/// model has them, <c>WithRawField</c> for the rest (each named in a warning).
/// </summary>
internal sealed partial class DashboardCodeWriter
{
    private const string I2 = "        ";      // statements inside Build()
    private const string I3 = "            ";  // chained calls

    private static readonly Dictionary<string, string> NamedColors = typeof(Color)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(Color))
        .ToDictionary(f => ((Color)f.GetValue(null)!).Value, f => f.Name);

    private static readonly HashSet<string> IgnoredDashboardKeys =
        ["id", "version", "schemaVersion", "__inputs", "__requires", "__elements", "iteration", "style", "hideControls", "sharedCrosshair", "uid", "title"];

    private static readonly HashSet<string> IgnoredPanelKeys = ["id", "pluginVersion", "type", "title", "gridPos", "span", "height", "scopedVars", "isNew", "error", "editable", "tableColumn"];

    private readonly List<string> _warnings;
    private readonly StringBuilder _locals = new();
    private readonly GridLayout _layout = new();
    private int? _lastSlot;
    private readonly HashSet<string> _names = [];
    private readonly HashSet<string> _datasourceVariables = new(StringComparer.Ordinal);
    private readonly string _dashboardTitle;

    private DashboardCodeWriter(List<string> warnings, string dashboardTitle)
    {
        _warnings = warnings;
        _dashboardTitle = dashboardTitle;
    }

    /// <summary>The C# source of <paramref name="dashboard"/> (already migrated).</summary>
    public static string Write(JsonObject dashboard, string ns, string className, string uid, string origin, List<string> warnings)
    {
        var title = Text(dashboard["title"]) ?? "Imported";
        var writer = new DashboardCodeWriter(warnings, title);
        var body = writer.Dashboard(dashboard, uid);
        var sb = new StringBuilder();
        sb.Append("// Imported from ").Append(origin.Replace('\n', ' ')).Append(" by `dashboards import`.\n");
        sb.Append("using System.Text.Json.Nodes;\nusing Dashboards.Model;\nusing Dashboards.Model.Transformations;\nusing Dashboards.PromQL;\n\n");
        sb.Append("namespace ").Append(ns).Append(";\n\n");
        sb.Append("/// <summary>").Append(System.Security.SecurityElement.Escape(title)).Append("</summary>\n");
        sb.Append("public static class ").Append(className).Append("\n{\n");
        sb.Append("    public static Dashboard Build()\n    {\n");
        sb.Append(writer._layout.Resolve(writer._locals.ToString(), I3));
        sb.Append(I2).Append("return ").Append(body).Append(";\n");
        sb.Append("    }\n}\n");
        return sb.ToString();
    }

    private void Warn(string what) => _warnings.Add($"dashboard \"{_dashboardTitle}\": {what}");

    private static string? Text(JsonNode? n) => n is JsonValue v && v.TryGetValue(out string? s) ? s : null;
    private static double? Number(JsonNode? n) => Numbers.Of(n);
    private static bool Flag(JsonNode? n) => n is JsonValue v && v.TryGetValue(out bool b) && b;

    // ---- dashboard ----

    private string Dashboard(JsonObject d, string uid)
    {
        foreach (var v in d["templating"].Get("list") as JsonArray ?? [])
            if (v is JsonObject o && Text(o["type"]) == "datasource" && Text(o["name"]) is { } n) _datasourceVariables.Add(n);

        var sb = new StringBuilder();
        sb.Append("new Dashboard(").Append(CSharp.Str(uid)).Append(", ").Append(CSharp.Str(Text(d["title"]) ?? "Imported")).Append(')');
        void Call(string call) => sb.Append('\n').Append(I3).Append('.').Append(call);

        if (d["tags"] is JsonArray { Count: > 0 } tags)
            Call("WithTags(" + string.Join(", ", tags.Select(t => CSharp.Str(t?.ToString() ?? ""))) + ")");
        if (Text(d["description"]) is { Length: > 0 } description) Call($"WithDescription({CSharp.Str(description)})");
        if (d["time"] is JsonObject time && Text(time["from"]) is { } from && Text(time["to"]) is { } to && (from, to) != ("now-6h", "now"))
            Call($"WithTime({CSharp.Str(from)}, {CSharp.Str(to)})");
        if (Number(d["graphTooltip"]) is { } tooltip && tooltip is >= 1 and <= 2)
            Call("WithGraphTooltip(CursorSync." + (tooltip == 1 ? "SharedCrosshair" : "SharedTooltip") + ")");
        else if (Flag(d["sharedCrosshair"])) Call("WithGraphTooltip(CursorSync.SharedCrosshair)");
        if (d["editable"] is JsonValue ev && ev.TryGetValue(out bool editable) && !editable) Call("WithEditable(false)");

        foreach (var v in d["templating"].Get("list") as JsonArray ?? [])
            if (v is JsonObject o && Variable(o) is { } code) Call("AddVariable(" + code + ")");

        Panels(d["panels"] as JsonArray ?? [], Call);

        if (d["annotations"].Get("list") is JsonArray annotations && annotations.OfType<JsonObject>().Any(a => !Flag(a["builtIn"]) && Number(a["builtIn"]) != 1))
        {
            Call("WithRawField(\"annotations\", " + CSharp.Json(d["annotations"], I3) + ")");
            Warn("annotations are kept as a raw field (annotations).");
        }
        if (d["links"] is JsonArray { Count: > 0 } links)
        {
            if (LinksCode.DashboardLinks(links) is { } linkCodes)
                foreach (var code in linkCodes) Call($"AddLink({code})");
            else
            {
                Call("WithRawField(\"links\", " + CSharp.Json(links, I3) + ")");
                Warn("dashboard links are kept as a raw field (links).");
            }
        }
        var raw = new List<string>();
        var defaults = JsonNode.Parse(DashboardJson.Serialize(new Dashboards.Model.Dashboard("d", "d")))!.AsObject();
        foreach (var (key, value) in d.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (JsonNode.DeepEquals(value, defaults[key])) continue;
            if (IgnoredDashboardKeys.Contains(key) || key is "tags" or "description" or "time" or "graphTooltip" or "editable" or "templating" or "panels" or "annotations" or "links") continue;
            if (value is null || key is "gnetId" || value is JsonValue sv && sv.TryGetValue(out string? s) && s.Length == 0) continue;
            if (DashboardSetting(key, value) is { } setting)
            {
                if (setting.Length > 0) Call(setting);
                continue;
            }
            Call($"WithRawField({CSharp.Str(key)}, {CSharp.Json(value, I3)})");
            if (key is not ("refresh" or "timezone" or "timepicker" or "fiscalYearStartMonth" or "liveNow" or "weekStart")) raw.Add(key);
        }
        if (raw.Count > 0) Warn("kept as raw fields: " + string.Join(", ", raw) + ".");
        return sb.ToString();
    }

    /// <summary>
    /// The typed call for a dashboard setting (empty when the value is the model's default), or null when the value has
    /// a form the model would write differently, so it stays a raw field.
    /// </summary>
    private static string? DashboardSetting(string key, JsonNode value)
    {
        switch (key)
        {
            case "refresh" when Text(value) is { } text && DurationCode(text) is { } code:
                return $"WithRefresh({code})";
            case "timezone" when Text(value) is { } zone:
                return zone switch
                {
                    "browser" => "",
                    "utc" => "WithTimezone(DashboardTimezone.Utc)",
                    _ when zone.Contains('/') && !zone.Any(char.IsWhiteSpace) => $"WithTimezone(DashboardTimezone.Iana({CSharp.Str(zone)}))",
                    _ => null,
                };
            case "weekStart" when Text(value) is { } day:
                return day switch
                {
                    "monday" => "WithWeekStart(WeekStart.Monday)",
                    "saturday" => "WithWeekStart(WeekStart.Saturday)",
                    "sunday" => "WithWeekStart(WeekStart.Sunday)",
                    _ => null,
                };
            case "liveNow" when value is JsonValue lv && lv.TryGetValue(out bool live):
                return live ? "WithLiveNow()" : "";
            case "fiscalYearStartMonth" when Number(value) is { } month && month == Math.Floor(month) && month is >= 0 and <= 11:
                return month == 0 ? "" : $"WithFiscalYearStartMonth({(int)month})";
            case "timepicker" when value is JsonObject picker:
                return TimepickerCode(picker);
            default:
                return null;
        }
    }

    private static string? TimepickerCode(JsonObject picker)
    {
        var parts = new List<string>();
        foreach (var (key, value) in picker)
            switch (key)
            {
                case "hidden" when value is JsonValue hv && hv.TryGetValue(out bool hidden):
                    if (hidden) parts.Add("Hidden = true");
                    break;
                case "nowDelay" when Text(value) is { } delay:
                    if (delay.Length == 0) break;
                    if (DurationCode(delay) is not { } delayCode) return null;
                    parts.Add($"NowDelay = {delayCode}");
                    break;
                case "refresh_intervals" when value is JsonArray intervals:
                    var codes = new List<string>();
                    foreach (var interval in intervals)
                        if (Text(interval) is { } text && DurationCode(text) is { } code) codes.Add(code);
                        else return null;
                    if (!intervals.Select(i => Text(i)!).SequenceEqual(DefaultRefreshIntervals)) parts.Add($"RefreshIntervals = [{string.Join(", ", codes)}]");
                    break;
                default:
                    return null; // keys the model does not write (time_options, collapse, enable, ...) stay raw
            }
        return parts.Count == 0 ? "" : $"WithTimepicker(Timepicker.Default with {{ {string.Join(", ", parts)} }})";
    }

    // The model's own duration text, read back from what it emits (the formatter is internal to the model).
    private static string ModelDurationText(TimeSpan span) =>
        Text(JsonNode.Parse(DashboardJson.Serialize(new Dashboards.Model.Dashboard("d", "d").WithRefresh(span)))!["refresh"])!;

    private static readonly string[] DefaultRefreshIntervals =
        (JsonNode.Parse(DashboardJson.Serialize(new Dashboards.Model.Dashboard("d", "d")))!["timepicker"]!["refresh_intervals"] as JsonArray)!
        .Select(i => Text(i)!).ToArray();

    /// <summary>C# for a Grafana duration, only when the model writes it back as the same text ("60s" stays raw: it would come back as "1m").</summary>
    private static string? DurationCode(string text)
    {
        if (GrafanaDurationSeconds(text) is not { } seconds || seconds <= 0 || text.StartsWith('>')) return null;
        if (ModelDurationText(TimeSpan.FromSeconds(seconds)) != text) return null;
        return seconds % 86400 == 0 ? $"TimeSpan.FromDays({seconds / 86400})"
            : seconds % 3600 == 0 ? $"TimeSpan.FromHours({seconds / 3600})"
            : seconds % 60 == 0 ? $"TimeSpan.FromMinutes({seconds / 60})"
            : $"TimeSpan.FromSeconds({seconds})";
    }

    // ---- layout: panels before the first row go on the dashboard, the rest into their rows ----

    private void Panels(JsonArray panels, Action<string> call)
    {
        var items = panels.OfType<JsonObject>().ToList();
        var i = 0;
        for (; i < items.Count && Text(items[i]["type"]) != "row"; i++)
            if (Panel(items[i], baseY: null) is { } local)
            {
                call($"AddPanel({local})");
                _layout.Top(_lastSlot);
            }
        while (i < items.Count)
        {
            var row = items[i++];
            if (Text(row["type"]) != "row")
            {
                // Panels after a collapsed row, outside it: the model keeps loose panels only before the first row.
                Warn($"panel \"{Text(row["title"])}\" follows a collapsed row outside it; it goes into an untitled row of its own.");
                row = new JsonObject { ["type"] = "row", ["title"] = "", ["gridPos"] = new JsonObject { ["x"] = 0, ["y"] = Math.Max(0, (int)(Number(row["gridPos"].Get("y")) ?? 0) - 1), ["w"] = 24, ["h"] = 1 } };
                i--;
            }
            var rowY = (int)(Number(row["gridPos"].Get("y")) ?? 0);
            var sb = new StringBuilder("new RowPanel(" + CSharp.Str(Text(row["title"]) ?? "") + ")");
            var collapsed = Flag(row["collapsed"]);
            var children = collapsed ? (row["panels"] as JsonArray ?? []).OfType<JsonObject>().ToList() : [];
            if (!collapsed)
                for (; i < items.Count && Text(items[i]["type"]) != "row"; i++) children.Add(items[i]);
            if (collapsed) sb.Append(".Collapsed()");
            // A collapsed row keeps its panels' positions from when it was last open; only their layout relative to each other counts.
            var baseY = collapsed ? children.Select(c => (int)(Number(c["gridPos"].Get("y")) ?? 0)).DefaultIfEmpty(0).Min() : rowY + 1;
            if (RepeatName(row["repeat"]) is { } repeat) sb.Append(".Repeat(").Append(CSharp.Str(repeat)).Append(')');
            _layout.Row(collapsed);
            foreach (var child in children)
                if (Panel(child, baseY) is { } local)
                {
                    sb.Append('\n').Append(I3).Append("    .AddPanel(").Append(local).Append(')');
                    _layout.InRow(_lastSlot);
                }
            call("AddRow(" + sb + ")");
        }
    }

    // Grafana stores the variable's name; hand-edited dashboards sometimes say "$name" or "${name}".
    private string? RepeatName(JsonNode? node)
    {
        if (Text(node) is not { } text || text.Trim().Length == 0) return null;
        if (text.Trim().TrimStart('$').TrimStart('{').TrimEnd('}') is { Length: > 0 } name && name.All(CSharp.IsIdentifierPart)) return name;
        Warn($"repeat '{text}' does not name a variable; left out.");
        return null;
    }

    private string? Panel(JsonObject p, int? baseY)
    {
        var type = Text(p["type"]) ?? "";
        var title = Text(p["title"]) ?? "";
        var panelType = PanelTypes.Find(type);
        var raw = new List<(string Path, JsonNode? Value)>();
        var name = Naming.Unique(Naming.Camel(title, "panel"), _names);
        var sb = new StringBuilder();
        PanelOptions.Typed? typed = null;
        if (panelType is null)
        {
            raw.Add(("type", type));
            if (p["options"] is { } unknownOptions) raw.Add(("options", unknownOptions.DeepClone()));
            Warn($"panel \"{title}\": plugin '{type}' has no model; written as a TextPanel whose type and options are raw fields.");
            sb.Append(I2).Append("var ").Append(name).Append(" = new TextPanel(").Append(CSharp.Str(title)).Append(", \"\")");
        }
        else
        {
            typed = PanelOptions.Read(panelType, p, title, name);
            sb.Append(I2).Append("var ").Append(name).Append(" = ").Append(typed.Constructor);
        }
        void Call(string c) => sb.Append('\n').Append(I3).Append('.').Append(c);

        if (Text(p["description"]) is { Length: > 0 } description) Call($"WithDescription({CSharp.Str(description)})");
        var panelDs = Datasource(p["datasource"]);
        if (panelDs is null && _datasourceVariables.Count == 1 && p["targets"] is JsonArray { Count: > 0 } queries
            && queries.All(t => Datasource(t.Get("datasource")) is null))
        {
            // Grafana runs such a panel on the instance's default datasource, not the dashboard's picker: almost always an
            // authoring slip, and one the compiler rejects. Follow the picker, and say so.
            var picker = _datasourceVariables.Single();
            panelDs = $"DataSourceRef.Variable({CSharp.Str(picker)})";
            Warn($"panel \"{title}\": names no datasource, so Grafana ran it on the instance's default datasource and ignored the picker '${picker}'; imported following the picker.");
        }
        if (panelDs is null && p["targets"] is JsonArray { Count: > 0 } all
            && all.Select(t => Datasource(t.Get("datasource"))).Distinct().ToList() is [{ } shared])
            panelDs = shared; // every query names the same datasource: say it once, on the panel
        if (panelDs is not null) Call($"WithDatasource({panelDs})");
        if (!Targets(p, title, panelDs, Call)) raw.Add(("targets", p["targets"]));
        var defaultPanel = DefaultPanel(panelType);
        var handled = new HashSet<string>(StringComparer.Ordinal);
        FieldDefaults(p, defaultPanel, Call, raw);
        if (p["fieldConfig"].Get("overrides") is JsonArray { Count: > 0 } overrides)
        {
            var custom = new List<string>();
            var codes = overrides.Select(o => o is JsonObject oo ? FieldConfigCode.Override(oo, custom) : null).ToList();
            if (codes.All(c => c is not null))
            {
                foreach (var c in codes) Call($"Override({c})");
                if (custom.Count > 0) Warn($"panel \"{title}\": override properties kept as Custom(id, json): {string.Join(", ", custom.Distinct())}.");
            }
            else raw.Add(("fieldConfig.overrides", overrides));
        }
        if (typed is not null)
        {
            foreach (var c in typed.Calls) Call(c[1..]);
            raw.AddRange(typed.Raw);
            foreach (var w in typed.Warnings) Warn($"panel \"{title}\": {w}");
        }
        if (p["transformations"] is JsonArray { Count: > 0 } transformations)
        {
            if (FieldConfigCode.Transformations(transformations) is { } codes)
            {
                Call(codes.Count == 1 ? $"Transform({codes[0]})" : "Transform(\n" + string.Join(",\n", codes.Select(c => I3 + "    " + c)) + ")");
                if (codes.Any(c => c.StartsWith("Transformation.Raw(", StringComparison.Ordinal)))
                    Warn($"panel \"{title}\": transformations without a typed model kept as Transformation.Raw: {string.Join(", ", transformations.Select(t => t.Get("id")?.ToString()).Where((_, i) => codes[i].StartsWith("Transformation.Raw(", StringComparison.Ordinal)))}.");
            }
            else raw.Add(("transformations", transformations));
        }
        if (RepeatName(p["repeat"]) is { } repeat)
        {
            var direction = Text(p["repeatDirection"]) == "v" ? "RepeatDirection.Vertical" : "RepeatDirection.Horizontal";
            var max = Number(p["maxPerRow"]) is { } m ? ", " + (int)m : "";
            Call($"Repeat({CSharp.Str(repeat)}, {direction}{max})");
        }
        if (Text(p["interval"]) is { Length: > 0 } minInterval && GrafanaDurationSeconds(minInterval) is { } minSeconds && minSeconds > 0)
        {
            Call($"WithMinInterval(TimeSpan.FromSeconds({minSeconds}))");
            handled.Add("interval");
        }
        if (Number(p["maxDataPoints"]) is { } maxPoints && maxPoints >= 1 && maxPoints == Math.Floor(maxPoints) && maxPoints < int.MaxValue)
        {
            Call($"WithMaxDataPoints({(int)maxPoints})");
            handled.Add("maxDataPoints");
        }
        if (Text(p["timeShift"]) is { Length: > 0 } shift && GrafanaDurationSeconds(shift) is { } shiftSeconds && shiftSeconds > 0)
        {
            Call($"WithTimeShift(TimeSpan.FromSeconds({shiftSeconds}))");
            handled.Add("timeShift");
        }
        if (Text(p["timeFrom"]) is { Length: > 0 } from && GrafanaDurationSeconds(from) is { } fromSeconds && fromSeconds > 0)
        {
            Call($"WithRelativeTime(TimeSpan.FromSeconds({fromSeconds}))");
            handled.Add("timeFrom");
        }
        if (p["links"] is JsonArray { Count: > 0 } panelLinks && LinksCode.PanelLinks(panelLinks) is { } panelLinkCodes)
        {
            foreach (var code in panelLinkCodes) Call($"AddLink({code})");
            handled.Add("links");
        }
        if (Flag(p["transparent"]))
        {
            Call("Transparent()");
            handled.Add("transparent");
        }
        foreach (var (key, value) in p)
        {
            if (handled.Contains(key)) continue;
            if (IgnoredPanelKeys.Contains(key) || key is "description" or "datasource" or "targets" or "fieldConfig" or "options" or "transformations"
                    or "repeat" or "repeatDirection" or "maxPerRow" or "panels" or "collapsed") continue;
            if (value is null || value is JsonArray { Count: 0 } || value is JsonObject { Count: 0 } || Text(value) is { Length: 0 }) continue;
            if (key == "transparent" && !Flag(value)) continue;
            if (defaultPanel is not null && JsonNode.DeepEquals(value, defaultPanel[key])) continue;
            raw.Add((key, value));
        }

        _lastSlot = null;
        if (p["gridPos"] is JsonObject grid)
        {
            var x = (int)(Number(grid["x"]) ?? 0);
            var y = (int)(Number(grid["y"]) ?? 0) - (baseY ?? 0);
            var w = Math.Clamp((int)(Number(grid["w"]) ?? 12), 1, 24);
            var h = Math.Max(1, (int)(Number(grid["h"]) ?? 8));
            var size = (panelType ?? PanelTypes.Find("text")!).Create("");
            _lastSlot = _layout.Add(Math.Clamp(x, 0, 24 - w), Math.Max(0, y), w, h, size.Width, size.Height);
            sb.Append(GridLayout.Marker(_lastSlot.Value));
        }
        var rawNames = new List<string>();
        foreach (var (path, value) in raw.OrderBy(r => r.Path, StringComparer.Ordinal))
        {
            Call($"WithRawField({CSharp.Str(path)}, {CSharp.Json(value?.DeepClone(), I3)})");
            if (path is not "type") rawNames.Add(path);
        }
        if (rawNames.Count > 0) Warn($"panel \"{title}\": kept as raw fields: {string.Join(", ", rawNames)}.");
        _locals.Append(sb).Append(";\n");
        if (typed?.WithStatement is { } with) _locals.Append(I2).Append(with).Append(";\n");
        return name;
    }

    // ---- field config defaults: unit, decimals, min, max, thresholds typed; the rest raw ----

    private static readonly string[] TypedDefaults = ["unit", "decimals", "min", "max", "noValue", "displayName", "thresholds", "color", "mappings"];

    private void FieldDefaults(JsonObject p, JsonObject? defaultPanel, Action<string> call, List<(string, JsonNode?)> raw)
    {
        if (p["fieldConfig"].Get("defaults") is not JsonObject d) return;
        var emitted = defaultPanel.Get("fieldConfig").Get("defaults") as JsonObject;
        bool IsDefault(string key) => emitted is not null && JsonNode.DeepEquals(d[key], emitted[key]);
        var typed = new HashSet<string>();
        foreach (var key in TypedDefaults)
        {
            if (!d.TryGetPropertyValue(key, out var value) || IsDefault(key)) continue;
            string? code = key switch
            {
                "unit" when Text(value) is { Length: > 0 } unit => $"Unit({UnitCode(unit)})",
                "decimals" when Number(value) is { } dec && dec is >= 0 and <= 20 && dec == Math.Floor(dec) => $"Decimals({(int)dec})",
                "min" when Number(value) is { } min => $"Min({CSharp.Num(min)})",
                "max" when Number(value) is { } max => $"Max({CSharp.Num(max)})",
                "noValue" when Text(value) is { } noValue => $"NoValue({CSharp.Str(noValue)})",
                "displayName" when Text(value) is { } displayName => $"DisplayName({CSharp.Str(displayName)})",
                "thresholds" when value is JsonObject t && ThresholdsCode(t) is { } thresholds => $"Thresholds({thresholds})",
                "color" when FieldConfigCode.FieldColorOf(value) is { } color => $"Color({color.Code})",
                "mappings" when FieldConfigCode.MappingsOf(value) is { } mappings => $"Mappings({mappings.Code})",
                _ => null,
            };
            if (code is null) continue;
            call(code);
            typed.Add(key);
        }
        foreach (var (key, value) in d)
        {
            if (typed.Contains(key) || value is null || IsDefault(key)) continue;
            if (key == "custom" && defaultPanel is not null) continue; // read into the panel's typed field config
            if (value is JsonArray { Count: 0 } || value is JsonObject { Count: 0 } || Text(value) is { Length: 0 }) continue;
            raw.Add(("fieldConfig.defaults." + key, value));
        }
    }

    private static readonly Dictionary<string, JsonObject?> DefaultPanels = [];

    /// <summary>What the emitter writes for a panel of this type with nothing set: values equal to it need no code.</summary>
    private static JsonObject? DefaultPanel(PanelType? type)
    {
        if (type is null) return null;
        lock (DefaultPanels)
        {
            if (DefaultPanels.TryGetValue(type.PluginId, out var cached)) return cached;
            var json = JsonNode.Parse(DashboardJson.Serialize(new Dashboards.Model.Dashboard("d", "d").AddPanel(type.Create("t"))));
            var panel = json.Get("panels").At(0) as JsonObject;
            DefaultPanels[type.PluginId] = panel;
            return panel;
        }
    }

    private static readonly Dictionary<string, string> UnitNames = typeof(Unit)
        .GetProperties(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.PropertyType == typeof(Unit))
        .Select(f => (Value: ((Unit)f.GetValue(null)!).ToString(), f.Name))
        .Concat(typeof(Unit).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Unit))
            .Select(f => (Value: ((Unit)f.GetValue(null)!).ToString(), f.Name)))
        .GroupBy(x => x.Value).ToDictionary(g => g.Key, g => g.First().Name);

    private static string UnitCode(string id) =>
        UnitNames.TryGetValue(id, out var name) ? "Unit." + name : $"Unit.FromId({CSharp.Str(id)})";

    private static string? ColorCode(string? c)
    {
        if (c is null) return null;
        if (NamedColors.TryGetValue(c, out var name)) return "Color." + name;
        if (HexColor().IsMatch(c)) return $"Color.Hex({CSharp.Str(c.ToLowerInvariant())})";
        var m = RgbaColor().Match(c);
        if (m.Success)
        {
            var alpha = m.Groups[4].Success ? m.Groups[4].Value : "1";
            if (double.TryParse(alpha, NumberStyles.Float, CultureInfo.InvariantCulture, out var a) && a is >= 0 and <= 1 &&
                int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) <= 255 && int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) <= 255 &&
                int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) <= 255)
                return $"Color.Rgba({m.Groups[1].Value}, {m.Groups[2].Value}, {m.Groups[3].Value}{(alpha == "1" ? "" : ", " + CSharp.Num(a))})";
        }
        return null;
    }

    [GeneratedRegex("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")]
    private static partial Regex HexColor();

    [GeneratedRegex(@"^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([0-9.]+)\s*)?\)$")]
    private static partial Regex RgbaColor();

    private static string? ThresholdsCode(JsonObject t)
    {
        if (t["steps"] is not JsonArray { Count: > 0 } steps) return null;
        var mode = Text(t["mode"]) == "percentage" ? "Percentage" : "Absolute";
        if (steps[0] is not JsonObject first || ColorCode(Text(first["color"])) is not { } baseColor) return null;
        var sb = new StringBuilder($"Thresholds.{mode}({baseColor})");
        double? last = null;
        foreach (var s in steps.Skip(1))
        {
            if (s is not JsonObject step || Number(step["value"]) is not { } value || ColorCode(Text(step["color"])) is not { } color) return null;
            if (last is { } l && value < l) return null;
            if (mode == "Percentage" && value is < 0 or > 100) return null;
            last = value;
            sb.Append($".Step({CSharp.Num(value)}, {color})");
        }
        return sb.ToString();
    }

    // ---- datasources ----

    private static string? Datasource(JsonNode? node)
    {
        if (node is not JsonObject ds) return null;
        var uid = Text(ds["uid"]);
        var type = Text(ds["type"]) ?? "prometheus";
        if (uid is null or "" || type == "datasource" || uid == "-- Mixed --") return null;
        var variable = VariableName(uid);
        if (variable is not null)
            return type == "prometheus" ? $"DataSourceRef.Variable({CSharp.Str(variable)})" : $"DataSourceRef.Variable({CSharp.Str(variable)}, {CSharp.Str(type)})";
        return type == "prometheus" ? $"DataSourceRef.Prometheus({CSharp.Str(uid)})" : $"DataSourceRef.Fixed({CSharp.Str(type)}, {CSharp.Str(uid)})";
    }

    private static string? VariableName(string uid) =>
        uid.StartsWith("${", StringComparison.Ordinal) && uid.EndsWith('}') ? uid[2..^1].Split(':')[0]
        : uid.StartsWith('$') && uid.Skip(1).All(CSharp.IsIdentifierPart) ? uid[1..] : null;

    // ---- targets ----

    /// <summary>Writes the panel's queries as typed targets; false when one is not a Prometheus query (the caller keeps them all raw).</summary>
    private bool Targets(JsonObject p, string title, string? panelDs, Action<string> call)
    {
        var all = (p["targets"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        // Another plugin's query: its datasource (or, naming none, the panel's) is not Prometheus, or it has no PromQL text
        // but other query fields. A target with nothing in it is an empty Prometheus query, left out below.
        var panelType = Text(p["datasource"].Get("type"));
        bool Foreign(JsonObject t) =>
            (Text(t["datasource"].Get("type")) ?? panelType) is not (null or "prometheus" or "datasource")
            || (t["expr"] is not null && Text(t["expr"]) is null)
            || (Text(t["expr"]) is null && t.Any(kv => kv.Key is not ("refId" or "datasource" or "hide" or "key" or "editorMode" or "range" or "instant" or "legendFormat" or "interval" or "format" or "intervalFactor" or "step" or "exemplar") && kv.Value is not null));
        var foreign = all.FirstOrDefault(Foreign);
        if (foreign is not null)
        {
            Warn($"panel \"{title}\": a {Text(foreign["datasource"].Get("type")) ?? "non-Prometheus"} query (refId {Text(foreign["refId"]) ?? "?"}) has no typed model; the panel's queries are kept as a raw field (targets).");
            return false;
        }
        var targets = new List<string>();
        var refIds = new List<string?>();
        foreach (var t in (p["targets"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var expr = Text(t["expr"]);
            var ds = Datasource(t["datasource"]);
            if (string.IsNullOrWhiteSpace(expr))
            {
                Warn($"panel \"{title}\": an empty query (refId {Text(t["refId"]) ?? "?"}) is left out.");
                continue;
            }
            var sb = new StringBuilder();
            sb.Append(PromCode.Target(expr, out var reason));
            if (reason is not null)
            {
                sb.Insert(0, $"/* raw: {reason.Replace("*/", "* /")} */ ");
                Warn($"panel \"{title}\": query kept as text, the parser rejects it: {reason}");
            }
            if (Text(t["legendFormat"]) is { Length: > 0 } legend) sb.Append($".Legend({CSharp.Str(legend)})");
            var instant = Flag(t["instant"]);
            var range = t["range"] is null ? !instant : Flag(t["range"]);
            if (instant && range) sb.Append(".InstantAndRange()");
            else if (instant) sb.Append(".Instant()");
            if (Text(t["format"]) is "table") sb.Append(".AsTable()");
            else if (Text(t["format"]) is "heatmap") sb.Append(".AsHeatmap()");
            if (Text(t["refId"]) is { } refId && !string.IsNullOrWhiteSpace(refId)) sb.Append("\u0001").Append($".WithRefId({CSharp.Str(refId)})").Append('\u0001');
            refIds.Add(Text(t["refId"]));
            if (Flag(t["hide"])) sb.Append(".Hidden()");
            if (Text(t["interval"]) is { Length: > 0 } interval && GrafanaDurationSeconds(interval) is { } secs) sb.Append($".WithMinStep(TimeSpan.FromSeconds({secs}))");
            if (Flag(t["exemplar"])) sb.Append(".WithExemplars()");
            if (ds is not null && ds != panelDs) sb.Append($".WithDatasource({ds})");
            targets.Add(sb.ToString());
        }
        // The emitter names queries A, B, C... in order: refIds that say just that need no code.
        var automatic = refIds.Select((r, i) => r == AutoRefId(i)).All(x => x);
        if (!automatic && refIds.Count(r => !string.IsNullOrWhiteSpace(r)) != refIds.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct().Count())
        {
            Warn($"panel \"{title}\": two queries share a refId; the queries are named A, B, C... again.");
            automatic = true;
        }
        if (!automatic && refIds.FirstOrDefault(r => r is not null && !RefIdPattern().IsMatch(r)) is { } odd)
        {
            Warn($"panel \"{title}\": refId '{odd}' is not a letter followed by letters, digits, '-' or '_'; the queries are named A, B, C... again.");
            automatic = true;
        }
        targets = targets.Select(t => automatic ? RefIdMark().Replace(t, "") : t.Replace("\u0001", "")).ToList();
        if (targets.Count == 1) call($"WithTargets({targets[0]})");
        else if (targets.Count > 1) call("WithTargets(\n" + string.Join(",\n", targets.Select(t => I3 + "    " + t)) + ")");
        return true;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex RefIdPattern();

    private static string AutoRefId(int index) => index < 26 ? ((char)('A' + index)).ToString() : AutoRefId(index / 26 - 1) + (char)('A' + index % 26);

    [GeneratedRegex("\u0001[^\u0001]*\u0001")]
    private static partial Regex RefIdMark();

    internal static long? GrafanaDurationSeconds(string text)
    {
        var m = DurationPattern().Match(text.Trim().TrimStart('>'));
        if (!m.Success) return null;
        var n = long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "s" => n, "m" => n * 60, "h" => n * 3600, "d" => n * 86400, "w" => n * 604800, _ => null };
    }

    [GeneratedRegex(@"^(\d+)(s|m|h|d|w)$")]
    private static partial Regex DurationPattern();

    // ---- variables ----

    private string? Variable(JsonObject v)
    {
        var name = Text(v["name"]);
        var type = Text(v["type"]);
        if (name is null) return null;
        string? code = type switch
        {
            "query" => QueryVariable(v, name),
            "custom" => CustomVariable(v, name),
            "interval" => IntervalVariable(v, name),
            "datasource" => $"new DatasourceVariable({CSharp.Str(name)}{(Text(v["query"]) is { Length: > 0 } q && q != "prometheus" ? ", " + CSharp.Str(q) : "")})"
                            + (Text(v["regex"]) is { Length: > 0 } r ? $".WithRegex({CSharp.Str(r)})" : ""),
            "constant" => $"new ConstantVariable({CSharp.Str(name)}, {CSharp.Str(Text(v["query"]) ?? "")})",
            "textbox" => $"new TextboxVariable({CSharp.Str(name)}, {CSharp.Str(Text(v["query"]) ?? "")})",
            "adhoc" when Datasource(v["datasource"]) is { } ds => $"new AdhocVariable({CSharp.Str(name)}, {ds})",
            _ => null,
        };
        if (code is null)
        {
            Warn($"variable '{name}' of type '{type}' is not supported and is left out.");
            return null;
        }
        var sb = new StringBuilder(code);
        if (Text(v["label"]) is { Length: > 0 } label && label != name) sb.Append($".WithLabel({CSharp.Str(label)})");
        if (Text(v["description"]) is { Length: > 0 } description) sb.Append($".WithDescription({CSharp.Str(description)})");
        if (Number(v["hide"]) is { } hide && hide is 1 or 2)
            sb.Append(hide == 1 ? ".Hidden(VariableHide.Label)" : ".Hidden()");
        if (Flag(v["skipUrlSync"])) sb.Append(".WithSkipUrlSync()");
        if (type is "query" or "custom" or "datasource")
        {
            if (Flag(v["multi"])) sb.Append(".MultiSelect()");
            if (Flag(v["includeAll"])) sb.Append(Text(v["allValue"]) is { Length: > 0 } all ? $".WithAll({CSharp.Str(all)})" : ".WithAll()");
        }
        return sb.ToString();
    }

    private string? QueryVariable(JsonObject v, string name)
    {
        var text = Text(v["query"]) ?? Text(v["query"].Get("query")) ?? Text(v["definition"]);
        if (text is null) return null;
        var query = PromCode.VariableQuery(text.Trim());
        if (query is null)
        {
            Warn($"variable '{name}': query '{text}' is not a Prometheus variable query the model knows.");
            return null;
        }
        var sb = new StringBuilder($"new QueryVariable({CSharp.Str(name)}, {query})");
        if (Datasource(v["datasource"]) is { } ds) sb.Append($".WithDatasource({ds})");
        if (Text(v["regex"]) is { Length: > 0 } regex) sb.Append($".WithRegex({CSharp.Str(regex)})");
        if (Number(v["refresh"]) is { } refresh && refresh != 1 && refresh is 0 or 2)
            sb.Append(refresh == 0 ? ".RefreshOn(VariableRefresh.Never)" : ".RefreshOn(VariableRefresh.OnTimeRangeChange)");
        if (Number(v["sort"]) is { } sort && sort != 1 && sort is >= 0 and <= 8)
            sb.Append($".SortBy(VariableSort.{(VariableSort)(int)sort})");
        return sb.ToString();
    }

    private static string? CustomVariable(JsonObject v, string name)
    {
        var values = (Text(v["query"]) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (values.Length == 0) return null;
        return $"new CustomVariable({CSharp.Str(name)}, {string.Join(", ", values.Select(CSharp.Str))})";
    }

    private static string? IntervalVariable(JsonObject v, string name)
    {
        var spans = new List<long>();
        foreach (var part in (Text(v["query"]) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            if (GrafanaDurationSeconds(part) is { } s) spans.Add(s);
        if (spans.Count == 0) return null;
        var sb = new StringBuilder($"new IntervalVariable({CSharp.Str(name)}, {string.Join(", ", spans.Select(s => $"TimeSpan.FromSeconds({s})"))})");
        if (Flag(v["auto"]))
        {
            var count = Number(v["auto_count"]) is { } c ? (int)c : 30;
            var min = Text(v["auto_min"]) is { } m && GrafanaDurationSeconds(m) is { } ms ? ms : 10;
            sb.Append($".WithAuto({count}, TimeSpan.FromSeconds({min}))");
        }
        return sb.ToString();
    }
}
