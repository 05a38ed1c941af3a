using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dashboards.Model.Json;

// The hand-written readers the panel specs name ("read": ...), mirrors of the hand-written writers; each returns
// false when the JSON has a shape it does not model, and the caller keeps the whole value as a raw field.
// The rest of the reader is generated (Generated/PanelJsonReader.g.cs).
internal static partial class PanelJsonReader
{
    /// <summary>
    /// Reads a panel of <paramref name="pluginId"/> from its Grafana JSON: title, options and custom field config.
    /// What the model does not know becomes raw fields, so emitting the panel gives those keys back.
    /// </summary>
    public static Panel Read(string pluginId, JsonElement panel)
    {
        var type = PanelTypes.Find(pluginId) ?? throw new NotSupportedException($"Panel type '{pluginId}' has no model.");
        var title = panel.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
        var unknown = new List<RawField>();
        // A null or non-object options, fieldConfig, defaults or custom reads as absent.
        JsonElement? options = Object(panel, "options");
        JsonElement? custom = Object(panel, "fieldConfig") is { } fc && Object(fc, "defaults") is { } d ? Object(d, "custom") : null;
        var read = ReadPluginOptions(type.Create(title), options, custom, unknown);
        return unknown.Count == 0 ? read : Panel.WithRawFields(read, unknown);
    }

    private static JsonElement? Object(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    private static RawField Raw(string path, JsonProperty p) => new(path + "." + p.Name, JsonNode.Parse(p.Value.GetRawText()));

    private static void Unknown(JsonElement e, string path, List<RawField> unknown)
    {
        foreach (var p in e.EnumerateObject()) unknown.Add(Raw(path, p));
    }

    private delegate bool TryParseName<T>(string? s, out T value);

    private static ImmutableArray<T>? ReadNames<T>(JsonElement e, TryParseName<T> parse)
    {
        if (e.ValueKind != JsonValueKind.Array) return null;
        var items = ImmutableArray.CreateBuilder<T>();
        foreach (var item in e.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || !parse(item.GetString(), out var value)) return null;
            items.Add(value);
        }
        return items.ToImmutable();
    }

    private static ImmutableArray<Reducer>? ReadReducers(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Array) return null;
        var items = ImmutableArray.CreateBuilder<Reducer>();
        foreach (var item in e.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || item.GetString() is not { Length: > 0 } id) return null;
            items.Add(Reducer.FromId(id));
        }
        return items.ToImmutable();
    }

    private static ImmutableArray<string>? ReadStrings(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Array) return null;
        var items = ImmutableArray.CreateBuilder<string>();
        foreach (var item in e.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String) return null;
            items.Add(item.GetString()!);
        }
        return items.ToImmutable();
    }

    /// <summary>The object's keys, when all are among <paramref name="allowed"/>.</summary>
    private static bool OnlyKeys(JsonElement e, params ReadOnlySpan<string> allowed)
    {
        if (e.ValueKind != JsonValueKind.Object) return false;
        foreach (var p in e.EnumerateObject())
            if (!allowed.Contains(p.Name)) return false;
        return true;
    }

    private static bool? Bool(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;
    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;
    private static double? Double(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool ReadTableSortBy(JsonElement e, ref TableOptions o, string path, List<RawField> unknown)
    {
        if (e.ValueKind != JsonValueKind.Array) return false;
        var sorts = ImmutableArray.CreateBuilder<TableSort>();
        foreach (var item in e.EnumerateArray())
        {
            if (!OnlyKeys(item, "displayName", "desc") || String(item, "displayName") is not { } name) return false;
            sorts.Add(new TableSort(name, Bool(item, "desc") ?? false));
        }
        o = o with { SortBy = sorts.ToImmutable() };
        return true;
    }

    private static bool ReadTableFooterReducers(JsonElement e, ref TableFieldConfig o, string path, List<RawField> unknown)
    {
        if (!OnlyKeys(e, "reducers") || !e.TryGetProperty("reducers", out var r) || ReadReducers(r) is not { } reducers) return false;
        o = o with { Footer = reducers };
        return true;
    }

    private static bool ReadTableCellOptions(JsonElement e, ref TableFieldConfig o, string path, List<RawField> unknown)
    {
        if (!OnlyKeys(e, "type", "mode", "applyToRow", "valueDisplayMode", "alt", "title", "hideValue", "dynamicHeight")
            || !GrafanaNames.TryParse(String(e, "type"), String(e, "mode"), out var type)) return false;
        var cell = TableCell.Of(type);
        if (Bool(e, "applyToRow") == true)
        {
            if (type is not (TableCellType.ColorBackground or TableCellType.ColorBackgroundSolid)) return false;
            cell = TableCell.ColorBackground(solid: type == TableCellType.ColorBackgroundSolid, applyToRow: true);
        }
        if (String(e, "valueDisplayMode") is { } valueDisplay)
        {
            if (!GrafanaNames.TryParse(valueDisplay, out BarGaugeValueMode v)) return false;
            var gauge = type switch
            {
                TableCellType.BasicGauge => BarGaugeDisplayMode.Basic,
                TableCellType.LcdGauge => BarGaugeDisplayMode.Lcd,
                TableCellType.GradientGauge => BarGaugeDisplayMode.Gradient,
                _ => (BarGaugeDisplayMode?)null,
            };
            if (gauge is null) return false;
            cell = TableCell.Gauge(gauge.Value, v);
        }
        if (String(e, "alt") is not null || String(e, "title") is not null)
        {
            if (type != TableCellType.Image) return false;
            cell = TableCell.Image(String(e, "alt"), String(e, "title"));
        }
        if (Bool(e, "hideValue") is { } hide)
        {
            if (type != TableCellType.Sparkline) return false;
            cell = TableCell.Sparkline(hide);
        }
        if (Bool(e, "dynamicHeight") is { } dynamic)
        {
            if (type != TableCellType.Markdown) return false;
            cell = TableCell.Markdown(dynamic);
        }
        o = o with { Cell = cell };
        return true;
    }

    private static bool ReadHeatmapYAxis(JsonElement e, ref HeatmapOptions o, string path, List<RawField> unknown)
    {
        if (!OnlyKeys(e, "unit", "reverse", "decimals", "axisPlacement", "axisLabel", "axisWidth", "axisSoftMin", "axisSoftMax", "scaleDistribution"))
            return false;
        var axis = o.YAxis;
        if (String(e, "axisPlacement") is { } placement)
        {
            if (!GrafanaNames.TryParse(placement, out AxisPlacement p)) return false;
            axis = axis with { Placement = p };
        }
        axis = axis with { Label = String(e, "axisLabel"), Width = Int(e, "axisWidth"), SoftMin = Double(e, "axisSoftMin"), SoftMax = Double(e, "axisSoftMax") };
        if (e.TryGetProperty("scaleDistribution", out var s) && !ReadAxisScale(s, ref axis, path, unknown)) return false;
        o = o with
        {
            YAxis = axis,
            YAxisUnit = String(e, "unit") is { Length: > 0 } unit ? Unit.FromId(unit) : null,
            YAxisReverse = Bool(e, "reverse") ?? false,
            YAxisDecimals = Int(e, "decimals"),
        };
        return true;
    }

    private static bool ReadNodeGraphArcs(JsonElement e, ref NodeGraphOptions o, string path, List<RawField> unknown)
    {
        if (e.ValueKind != JsonValueKind.Array) return false;
        var arcs = ImmutableArray.CreateBuilder<NodeArc>();
        foreach (var item in e.EnumerateArray())
        {
            if (!OnlyKeys(item, "field", "color") || String(item, "field") is not { } field || String(item, "color") is not { } color) return false;
            arcs.Add(new NodeArc(field, Color.FromGrafana(color)));
        }
        o = o with { Arcs = arcs.ToImmutable() };
        return true;
    }

    private static bool ReadTextCode(JsonElement e, ref TextOptions o, string path, List<RawField> unknown)
    {
        if (!OnlyKeys(e, "language", "showLineNumbers", "showMiniMap") || !GrafanaNames.TryParse(String(e, "language"), out CodeLanguage language))
            return false;
        o = o with { Language = language, ShowLineNumbers = Bool(e, "showLineNumbers") ?? false, ShowMiniMap = Bool(e, "showMiniMap") ?? false };
        return true;
    }

    private static bool ReadPieChartLegend(JsonElement e, ref PieChartOptions o, string path, List<RawField> unknown)
    {
        if (e.ValueKind != JsonValueKind.Object) return false;
        ImmutableArray<PieChartLegendValue> values = [];
        if (e.TryGetProperty("values", out var v))
        {
            if (ReadNames<PieChartLegendValue>(v, GrafanaNames.TryParse) is not { } read) return false;
            values = read;
        }
        var rest = JsonNode.Parse(e.GetRawText())!.AsObject();
        rest.Remove("values");
        using var doc = JsonDocument.Parse(rest.ToJsonString());
        o = o with { Legend = ReadLegendOptions(doc.RootElement, o.Legend, path, unknown), LegendValues = values };
        return true;
    }

    private static bool ReadPieChartHideFrom(JsonElement e, ref PieChartFieldConfig o, string path, List<RawField> unknown) =>
        OnlyKeys(e, "legend", "tooltip", "viz") && Bool(e, "legend") == false && Bool(e, "tooltip") == false && Bool(e, "viz") == false;

    private static bool ReadAxisScale(JsonElement e, ref AxisOptions o, string path, List<RawField> unknown)
    {
        if (!OnlyKeys(e, "type", "log", "linearThreshold") || !GrafanaNames.TryParse(String(e, "type"), out ScaleType type)) return false;
        o = o with { Scale = new ScaleDistribution(type, Int(e, "log"), Double(e, "linearThreshold")) };
        return true;
    }

    private static bool ReadGraphStyleBarAlignment(JsonElement e, ref GraphStyle o, string path, List<RawField> unknown)
    {
        if (e.ValueKind != JsonValueKind.Number || !e.TryGetInt32(out var n) || n is < -1 or > 1) return false;
        o = o with { BarAlignment = (BarAlignment)n };
        return true;
    }

    private static bool ReadGraphStyleStacking(JsonElement e, ref GraphStyle o, string path, List<RawField> unknown)
    {
        if (!OnlyKeys(e, "mode", "group") || !GrafanaNames.TryParse(String(e, "mode"), out StackingMode mode)) return false;
        o = o with { Stacking = new Stacking(mode, String(e, "group") ?? "A") };
        return true;
    }

    private static bool ReadGraphStyleLineStyle(JsonElement e, ref GraphStyle o, string path, List<RawField> unknown)
    {
        if (!OnlyKeys(e, "fill", "dash") || !GrafanaNames.TryParse(String(e, "fill"), out LineFill fill)) return false;
        ImmutableArray<double> dash = [];
        if (e.TryGetProperty("dash", out var d))
        {
            // An empty pattern is written as no "dash" key: one present but empty stays raw, to be given back as it was.
            if (d.ValueKind != JsonValueKind.Array || d.GetArrayLength() == 0) return false;
            var items = ImmutableArray.CreateBuilder<double>();
            foreach (var item in d.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Number) return false;
                items.Add(item.GetDouble());
            }
            dash = items.ToImmutable();
        }
        o = o with { LineStyle = new LineStyle(fill, dash) };
        return true;
    }

    /// <summary>A positive number is a threshold in milliseconds; <c>false</c> (Grafana's default, which the model leaves
    /// out) stays raw, so an imported dashboard gives it back key for key.</summary>
    private static bool ReadGraphStyleInsertNulls(JsonElement e, ref GraphStyle o, string path, List<RawField> unknown)
    {
        if (e.ValueKind != JsonValueKind.Number || e.GetDouble() is not (> 0 and < 1e15 and var ms)) return false;
        o = o with { InsertNulls = TimeSpan.FromMilliseconds(ms) };
        return true;
    }

    private static bool ReadGraphStyleHideFrom(JsonElement e, ref GraphStyle o, string path, List<RawField> unknown)
    {
        if (!OnlyKeys(e, "legend", "tooltip", "viz") || Bool(e, "legend") is not { } legend || Bool(e, "tooltip") is not { } tooltip ||
            Bool(e, "viz") is not { } viz) return false;
        o = o with { HiddenFrom = new HideFrom(viz, legend, tooltip) };
        return true;
    }
}
