using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Dashboards.Model;
using Dashboards.Model.Json;
using Dashboards.Model.Transformations;

namespace Dashboards.Import;

/// <summary>
/// Field colour, value mappings, thresholds and overrides as typed code. Each piece is written twice, as C# and as the
/// model value that C# builds; the value is emitted and compared with the input, and a piece whose JSON would come out
/// different is not written typed (the caller keeps it raw, or an override property becomes <c>.Custom(id, json)</c>).
/// </summary>
internal static class FieldConfigCode
{
    internal sealed record Piece<T>(string Code, T Value);

    // ---- colours ----

    private static readonly Dictionary<string, Color> NamedColors = typeof(Color)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Color))
        .ToDictionary(f => ((Color)f.GetValue(null)!).Value, f => (Color)f.GetValue(null)!);

    public static Piece<Color>? Color(JsonNode? node)
    {
        if (node is not JsonValue v || !v.TryGetValue(out string? text) || ModelValues.ColorCode(text) is not { } code) return null;
        if (NamedColors.TryGetValue(text, out var named)) return new(code, named);
        try
        {
            if (text.StartsWith('#')) return new(code, Model.Color.Hex(text));
            var parts = text[(text.IndexOf('(') + 1)..^1].Split(',', StringSplitOptions.TrimEntries);
            var alpha = parts.Length == 4 ? double.Parse(parts[3], CultureInfo.InvariantCulture) : 1;
            return new(code, Model.Color.Rgba(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture), alpha));
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException) { return null; }
    }

    private static readonly Lazy<Dictionary<string, FieldColorMode>> ColorModes = new(() =>
        Enum.GetValues<FieldColorMode>().ToDictionary(m => Emitted(p => p.Color(Make(m, Model.Color.Red))).Get("fieldConfig").Get("defaults").Get("color").Get("mode")?.ToString() ?? m.ToString(), m => m));

    private static FieldColor Make(FieldColorMode mode, Color color) => mode switch
    {
        FieldColorMode.Fixed => FieldColor.Fixed(color),
        FieldColorMode.Shades => FieldColor.Shades(color),
        FieldColorMode.Thresholds => FieldColor.Thresholds,
        FieldColorMode.PaletteClassic => FieldColor.PaletteClassic,
        FieldColorMode.PaletteClassicByName => FieldColor.PaletteClassicByName,
        _ => FieldColor.Continuous(mode),
    };

    public static Piece<FieldColor>? FieldColorOf(JsonNode? node)
    {
        if (node is not JsonObject o || o["mode"] is not JsonValue mv || !mv.TryGetValue(out string? modeText) || !ColorModes.Value.TryGetValue(modeText, out var mode)) return null;
        Piece<FieldColor> piece;
        if (mode is FieldColorMode.Fixed or FieldColorMode.Shades)
        {
            if (Color(o["fixedColor"]) is not { } c) return null;
            piece = new($"FieldColor.{mode}({c.Code})", Make(mode, c.Value));
        }
        else piece = mode is FieldColorMode.Thresholds or FieldColorMode.PaletteClassic or FieldColorMode.PaletteClassicByName
            ? new($"FieldColor.{mode}", Make(mode, Model.Color.Red))
            : new($"FieldColor.Continuous(FieldColorMode.{mode})", Make(mode, Model.Color.Red));
        if (o["seriesBy"] is JsonValue sv && sv.TryGetValue(out string? by))
        {
            if (!Enum.TryParse<SeriesColorBy>(by, ignoreCase: true, out var seriesBy) || !Enum.IsDefined(seriesBy)) return null;
            piece = new($"{piece.Code}.By(SeriesColorBy.{seriesBy})", piece.Value.By(seriesBy));
        }
        var emitted = Emitted(p => p.Color(piece.Value)).Get("fieldConfig").Get("defaults").Get("color");
        return JsonSame(emitted, WithoutNulls(o)) ? piece : null;
    }

    // ---- thresholds ----

    public static Piece<Thresholds>? ThresholdsOf(JsonNode? node)
    {
        if (node is not JsonObject t || t["steps"] is not JsonArray { Count: > 0 } steps || steps[0] is not JsonObject first || Color(first["color"]) is not { } baseColor) return null;
        var percentage = t["mode"] is JsonValue m && m.TryGetValue(out string? mode) && mode == "percentage";
        var code = $"Thresholds.{(percentage ? "Percentage" : "Absolute")}({baseColor.Code})";
        var value = percentage ? Thresholds.Percentage(baseColor.Value) : Thresholds.Absolute(baseColor.Value);
        try
        {
            foreach (var s in steps.Skip(1))
            {
                if (s is not JsonObject step || Numbers.Of(step["value"]) is not { } at || Color(step["color"]) is not { } color) return null;
                code += $".Step({CSharp.Num(at)}, {color.Code})";
                value = value.Step(at, color.Value);
            }
        }
        catch (ArgumentException) { return null; }
        return new(code, value);
    }

    // ---- value mappings ----

    private static readonly Dictionary<string, SpecialValue> Specials = new(StringComparer.Ordinal)
    {
        ["true"] = SpecialValue.True, ["false"] = SpecialValue.False, ["null"] = SpecialValue.Null, ["nan"] = SpecialValue.NaN,
        ["null+nan"] = SpecialValue.NullAndNaN, ["empty"] = SpecialValue.Empty,
    };

    /// <summary>Grafana's mappings as <c>ValueMapping</c> calls; null when one has no typed form or would be emitted differently.</summary>
    public static Piece<ValueMapping[]>? MappingsOf(JsonNode? node)
    {
        if (node is not JsonArray { Count: > 0 } array) return null;
        var codes = new List<string>();
        var values = new List<ValueMapping>();
        try
        {
            foreach (var item in array)
            {
                if (item is not JsonObject m || m["options"] is not JsonObject options) return null;
                switch (m["type"]?.ToString())
                {
                    case "value":
                        foreach (var (key, result) in options.OrderBy(kv => Numbers.Of(kv.Value.Get("index")) ?? 0))
                        {
                            if (Result(result) is not { } r) return null;
                            codes.Add($"ValueMapping.Value({CSharp.Str(key)}{r.Code})");
                            values.Add(ValueMapping.Value(key, r.Value.Text, r.Value.Color));
                        }
                        break;
                    case "range":
                    {
                        if (Result(options["result"]) is not { } r) return null;
                        double? from = Numbers.Of(options["from"]), to = Numbers.Of(options["to"]);
                        codes.Add($"ValueMapping.Range({(from is { } f ? CSharp.Num(f) : "null")}, {(to is { } t ? CSharp.Num(t) : "null")}{r.Code})");
                        values.Add(ValueMapping.Range(from, to, r.Value.Text, r.Value.Color));
                        break;
                    }
                    case "regex":
                    {
                        if (Result(options["result"]) is not { } r || options["pattern"] is not JsonValue pv || !pv.TryGetValue(out string? pattern)) return null;
                        codes.Add($"ValueMapping.Regex({CSharp.Str(pattern)}{r.Code})");
                        values.Add(ValueMapping.Regex(pattern, r.Value.Text, r.Value.Color));
                        break;
                    }
                    case "special":
                    {
                        if (Result(options["result"]) is not { } r || !Specials.TryGetValue(options["match"]?.ToString() ?? "", out var special)) return null;
                        codes.Add($"ValueMapping.Special(SpecialValue.{special}{r.Code})");
                        values.Add(ValueMapping.Special(special, r.Value.Text, r.Value.Color));
                        break;
                    }
                    default: return null;
                }
            }
        }
        catch (ArgumentException) { return null; }
        var emitted = Emitted(p => p.Mappings([.. values])).Get("fieldConfig").Get("defaults").Get("mappings");
        return Canonical(emitted) == Canonical(array) ? new(string.Join(", ", codes), [.. values]) : null;
    }

    private static Piece<(string? Text, Color? Color)>? Result(JsonNode? node)
    {
        if (node is not JsonObject r) return null;
        if (r.Any(kv => kv.Key is not ("text" or "color" or "index") && kv.Value is not null)) return null; // icons: not typed
        var text = r["text"] is JsonValue tv && tv.TryGetValue(out string? t) ? t : null;
        Piece<Color>? color = r["color"] is null ? null : Color(r["color"]);
        if (r["color"] is not null && color is null) return null;
        if (text is null && color is null) return null;
        var code = (text is null ? "" : ", " + CSharp.Str(text)) + (color is null ? "" : (text is null ? ", color: " : ", ") + color.Code);
        return new(code, (text, color?.Value));
    }

    // One line per mapped value (Grafana groups value mappings in one object; the model writes one each), indexes aside.
    private static string Canonical(JsonNode? mappings)
    {
        var lines = new List<string>();
        foreach (var m in mappings as JsonArray ?? [])
        {
            if (m.Get("options") is not JsonObject options) continue;
            var type = m.Get("type")?.ToString();
            if (type == "value")
                foreach (var (key, result) in options) lines.Add($"value {key} {ResultText(result)}");
            else lines.Add($"{type} {options["from"]} {options["to"]} {options["pattern"]} {options["match"]} {ResultText(options["result"])}");
        }
        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines);
    }

    private static string ResultText(JsonNode? r) => $"{r.Get("text")}|{(Color(r.Get("color")) is { } c ? c.Code : r.Get("color")?.ToString())}";

    // ---- overrides ----

    /// <summary>One override as <c>.Override(matcher, o => o...)</c> arguments; null when the matcher has no typed form.</summary>
    public static string? Override(JsonObject o, List<string> custom)
    {
        if (o["matcher"] is not JsonObject m || Matcher(m) is not { } matcher) return null;
        var calls = new List<string>();
        foreach (var p in o["properties"] as JsonArray ?? [])
        {
            if (p is not JsonObject property || property["id"] is not JsonValue iv || !iv.TryGetValue(out string? id) || id.Length == 0) return null;
            var value = property["value"];
            if (Property(id, value) is { } typed) calls.Add(typed);
            else
            {
                calls.Add($".Custom({CSharp.Str(id)}, {CSharp.Json(value?.DeepClone(), "            ")})");
                custom.Add(id);
            }
        }
        return $"{matcher.Code}, o => o{string.Concat(calls)}";
    }

    private static Piece<FieldMatcher>? Matcher(JsonObject m)
    {
        var id = m["id"]?.ToString();
        var options = m["options"];
        string? Text() => options is JsonValue v && v.TryGetValue(out string? s) && s.Length > 0 ? s : null;
        try
        {
            Piece<FieldMatcher>? piece = id switch
            {
                "byName" when Text() is { } name => new($"FieldMatcher.ByName({CSharp.Str(name)})", FieldMatcher.ByName(name)),
                "byRegexp" when Text() is { } pattern => new($"FieldMatcher.ByRegex({CSharp.Str(pattern)})", FieldMatcher.ByRegex(pattern)),
                "byFrameRefID" when Text() is { } refId => new($"FieldMatcher.ByQuery({CSharp.Str(refId)})", FieldMatcher.ByQuery(refId)),
                "byType" when Text() is { } type && Enum.TryParse<FieldType>(type, ignoreCase: true, out var ft) && Enum.IsDefined(ft) =>
                    new($"FieldMatcher.ByType(FieldType.{ft})", FieldMatcher.ByType(ft)),
                "numeric" => new("FieldMatcher.Numeric()", FieldMatcher.Numeric()),
                "time" => new("FieldMatcher.Time()", FieldMatcher.Time()),
                "first" => new("FieldMatcher.First()", FieldMatcher.First()),
                "firstTimeField" => new("FieldMatcher.FirstTimeField()", FieldMatcher.FirstTimeField()),
                "byNames" when options is JsonObject n && n["names"] is JsonArray names && names.All(x => x is JsonValue xv && xv.TryGetValue(out string? _)) =>
                    n["mode"]?.ToString() == "exclude"
                        ? new($"FieldMatcher.AllExcept({string.Join(", ", names.Select(x => CSharp.Str(x!.ToString())))})", FieldMatcher.AllExcept([.. names.Select(x => x!.ToString())]))
                        : new($"FieldMatcher.ByNames({string.Join(", ", names.Select(x => CSharp.Str(x!.ToString())))})", FieldMatcher.ByNames([.. names.Select(x => x!.ToString())])),
                _ => null,
            };
            if (piece is null) return null;
            var emitted = Emitted(p => p.Override(piece.Value, x => x)).Get("fieldConfig").Get("overrides").At(0).Get("matcher");
            return JsonSame(emitted, WithoutNulls(m)) ? piece : null;
        }
        catch (ArgumentException) { return null; }
    }

    /// <summary>A typed call for one override property, or null (the caller writes <c>.Custom(id, json)</c>).</summary>
    private static string? Property(string id, JsonNode? value)
    {
        (string Code, Func<FieldOverride, FieldOverride> Apply)? call = id switch
        {
            "unit" when value is JsonValue v && v.TryGetValue(out string? u) && u.Length > 0 => ($".Unit({ModelValues.UnitCode(u)})", o => o.Unit(Unit.FromId(u))),
            "decimals" when Numbers.Of(value) is { } d && d == Math.Floor(d) && d is >= 0 and <= 20 => ($".Decimals({(int)d})", o => o.Decimals((int)d)),
            "min" when Numbers.Of(value) is { } min && value is JsonValue mv && !mv.TryGetValue(out string? _) => ($".Min({CSharp.Num(min)})", o => o.Min(min)),
            "max" when Numbers.Of(value) is { } max && value is JsonValue xv && !xv.TryGetValue(out string? _) => ($".Max({CSharp.Num(max)})", o => o.Max(max)),
            "displayName" when value is JsonValue v && v.TryGetValue(out string? name) => ($".DisplayName({CSharp.Str(name)})", o => o.DisplayName(name)),
            "noValue" when value is JsonValue v && v.TryGetValue(out string? text) => ($".NoValue({CSharp.Str(text)})", o => o.NoValue(text)),
            "color" when FieldColorOf(value) is { } c => c.Value.Mode == FieldColorMode.Fixed && c.Value.SeriesBy is null && c.Value.FixedColor is { } fixedColor
                ? ($".Color({ModelValues.ColorCode(fixedColor.Value)})", o => o.Color(fixedColor)) : ($".Color({c.Code})", o => o.Color(c.Value)),
            "thresholds" when ThresholdsOf(value) is { } t => ($".Thresholds({t.Code})", o => o.Thresholds(t.Value)),
            "mappings" when MappingsOf(value) is { } maps => ($".Mappings({maps.Code})", o => o.Mappings(maps.Value)),
            "custom.hideFrom" when value is JsonObject h && Bool(h["viz"]) is { } viz && Bool(h["legend"]) is { } legend && Bool(h["tooltip"]) is { } tooltip =>
                (viz && legend && tooltip ? ".HideSeries()" : $".HideSeries({Lower(viz)}, {Lower(legend)}, {Lower(tooltip)})", o => o.HideSeries(viz, legend, tooltip)),
            "custom.transform" when value?.ToString() == "negative-Y" => (".NegativeY()", o => o.NegativeY()),
            "custom.lineWidth" when Numbers.Of(value) is { } w && w == Math.Floor(w) => ($".LineWidth({(int)w})", o => o.LineWidth((int)w)),
            "custom.fillOpacity" when Numbers.Of(value) is { } f && f == Math.Floor(f) => ($".FillOpacity({(int)f})", o => o.FillOpacity((int)f)),
            "custom.axisLabel" when value is JsonValue v && v.TryGetValue(out string? label) => ($".AxisLabel({CSharp.Str(label)})", o => o.AxisLabel(label)),
            "custom.width" when Numbers.Of(value) is { } px && px == Math.Floor(px) && px is > 0 and < 100000 => ($".Width({(int)px})", o => o.Width((int)px)),
            "custom.hidden" when Bool(value) is { } hidden => (hidden ? ".HiddenColumn()" : ".HiddenColumn(false)", o => o.HiddenColumn(hidden)),
            "custom.drawStyle" => EnumCall<DrawStyle>(value, "DrawStyle", (o, e) => o.DrawStyle(e)),
            "custom.axisPlacement" => EnumCall<AxisPlacement>(value, "AxisPlacement", (o, e) => o.AxisPlacement(e)),
            "custom.align" => EnumCall<TextAlignment>(value, "Align", (o, e) => o.Align(e)),
            "custom.stacking" when value is JsonObject s && s["mode"] is JsonValue smv && smv.TryGetValue(out string? _) =>
                EnumCall<StackingMode>(s["mode"], "Stacking", (o, e) => o.Stacking(e, s["group"]?.ToString() ?? "A"), s["group"]?.ToString() is { } g && g != "A" ? ", " + CSharp.Str(g) : ""),
            _ => null,
        };
        if (call is null) return null;
        try
        {
            var emitted = Emitted(p => p.Override(FieldMatcher.ByName("x"), call.Value.Apply)).Get("fieldConfig").Get("overrides").At(0).Get("properties").At(0).Get("value");
            return JsonSame(emitted, value) ? call.Value.Code : null;
        }
        catch (ArgumentException) { return null; }
    }

    private static (string, Func<FieldOverride, FieldOverride>)? EnumCall<T>(JsonNode? value, string method, Func<FieldOverride, T, FieldOverride> apply, string extra = "") where T : struct, Enum
    {
        if (value is not JsonValue v || !v.TryGetValue(out string? text)) return null;
        foreach (var e in Enum.GetValues<T>())
        {
            var emitted = Emitted(p => p.Override(FieldMatcher.ByName("x"), o => apply(o, e))).Get("fieldConfig").Get("overrides").At(0).Get("properties").At(0).Get("value");
            var written = emitted is JsonObject eo ? eo["mode"] : emitted;
            if (written?.ToString() == text) return ($".{method}({typeof(T).Name}.{e}{extra})", o => apply(o, e));
        }
        return null;
    }

    private static bool? Bool(JsonNode? n) => n is JsonValue v && v.TryGetValue(out bool b) ? b : null;
    private static string Lower(bool b) => b ? "true" : "false";

    // ---- transformations ----

    /// <summary>
    /// The panel's transformations as <c>Transformation</c> values: typed where the model has the kind, else
    /// <c>Transformation.Raw(id, options)</c>; null when even that would emit differently (the caller keeps them raw).
    /// </summary>
    public static List<string>? Transformations(JsonArray array)
    {
        var codes = new List<string>();
        foreach (var item in array)
        {
            if (item is not JsonObject t || t["id"] is not JsonValue iv || !iv.TryGetValue(out string? id) || id.Length == 0) return null;
            var options = t["options"] as JsonObject ?? [];
            var disabled = t["disabled"] is JsonValue dv && dv.TryGetValue(out bool d) && d;
            Piece<Transformation>? piece = null;
            try { piece = TypedTransformation(id, options); }
            catch (ArgumentException) { }
            if (piece is not null && !SameTransformation(piece.Value, disabled, t)) piece = null;
            var optionsCode = options.Count == 0 ? "new JsonObject()" : $"{CSharp.Json(options.DeepClone(), "            ")}!.AsObject()";
            piece ??= new($"Transformation.Raw({CSharp.Str(id)}, {optionsCode})", Transformation.Raw(id, (JsonObject)options.DeepClone()));
            if (!SameTransformation(piece.Value, disabled, t)) return null;
            codes.Add(disabled ? $"{piece.Code} with {{ Disabled = true }}" : piece.Code);
        }
        return codes;
    }

    private static bool SameTransformation(Transformation value, bool disabled, JsonObject input)
    {
        var emitted = Emitted(p => p.Transform(value with { Disabled = disabled })).Get("transformations").At(0);
        var expected = (JsonObject)input.DeepClone();
        if (!disabled) expected.Remove("disabled");
        if (expected["options"] is null) expected["options"] = new JsonObject();
        return JsonSame(emitted, expected);
    }

    private static Piece<Transformation>? TypedTransformation(string id, JsonObject options)
    {
        string? Str(JsonNode? n) => n is JsonValue v && v.TryGetValue(out string? s) ? s : null;
        switch (id)
        {
            case "merge" when options.Count == 0:
                return new("Transformation.MergeSeries()", Transformation.MergeSeries());
            case "limit" when Numbers.Of(options["limitField"]) is { } rows && rows == Math.Floor(rows) && rows is >= 1 and < int.MaxValue:
                return new($"Transformation.LimitRows({(int)rows})", Transformation.LimitRows((int)rows));
            case "sortBy" when options["sort"] is JsonArray { Count: 1 } sorts && sorts[0] is JsonObject sort && Str(sort["field"]) is { Length: > 0 } field:
            {
                var desc = sort["desc"] is JsonValue dv && dv.TryGetValue(out bool d) && d;
                return new($"Transformation.SortByField({CSharp.Str(field)}{(desc ? ", descending: true" : "")})", Transformation.SortByField(field, desc));
            }
            case "reduce" when options["reducers"] is JsonArray { Count: > 0 } reducers:
            {
                var ids = reducers.Select(Str).ToList();
                if (ids.Any(r => ModelValues.ReducerCode(r) is null)) return null;
                var all = typeof(Reducer).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
                    .Where(f => f.FieldType == typeof(Reducer)).Select(f => (Reducer)f.GetValue(null)!).ToList();
                var values = ids.Select(r => all.FirstOrDefault(a => a.Id == r) ?? (r!.StartsWith('p') ? Reducer.Percentile(int.Parse(r[1..], CultureInfo.InvariantCulture)) : null)).ToList();
                if (values.Any(v => v is null)) return null;
                var rows = Str(options["mode"]) is null or "seriesToRows";
                if (!rows && Str(options["mode"]) != "reduceFields") return null;
                var code = $"Transformation.{(rows ? "ReduceRows" : "ReduceFields")}({string.Join(", ", ids.Select(ModelValues.ReducerCode))})";
                Reduce value = rows ? Transformation.ReduceRows([.. values!]) : Transformation.ReduceFields([.. values!]);
                var sets = new List<string>();
                if (options["includeTimeField"] is JsonValue it && it.TryGetValue(out bool includeTime) && includeTime) { sets.Add("IncludeTimeField = true"); value = value with { IncludeTimeField = true }; }
                if (options["labelsToFields"] is JsonValue lf && lf.TryGetValue(out bool labels) && labels) { sets.Add("LabelsToFields = true"); value = value with { LabelsToFields = true }; }
                return new(sets.Count == 0 ? code : $"{code} with {{ {string.Join(", ", sets)} }}", value);
            }
            case "organize":
            {
                var organize = Transformation.Organize();
                var code = "Transformation.Organize()";
                var excluded = (options["excludeByName"] as JsonObject ?? []).Where(kv => kv.Value is JsonValue v && v.TryGetValue(out bool b) && b).Select(kv => kv.Key).ToList();
                if (excluded.Count > 0)
                {
                    organize = organize.Exclude([.. excluded]);
                    code += $".Exclude({string.Join(", ", excluded.Select(CSharp.Str))})";
                }
                var renames = (options["renameByName"] as JsonObject ?? []).Where(kv => Str(kv.Value) is { Length: > 0 }).ToDictionary(kv => kv.Key, kv => Str(kv.Value)!);
                foreach (var (field, _) in (options["indexByName"] as JsonObject ?? []).OrderBy(kv => Numbers.Of(kv.Value) ?? 0))
                {
                    var display = renames.Remove(field, out var to) ? to : null;
                    organize = organize.Column(field, display);
                    code += $".Column({CSharp.Str(field)}{(display is null ? "" : ", " + CSharp.Str(display))})";
                }
                foreach (var (field, to) in renames)
                {
                    organize = organize.Rename(field, to);
                    code += $".Rename({CSharp.Str(field)}, {CSharp.Str(to)})";
                }
                return new(code, organize);
            }
            default: return null;
        }
    }

    // ---- emitting and comparing ----

    /// <summary>The JSON the model emits for a time series panel configured by <paramref name="configure"/>.</summary>
    private static JsonNode? Emitted(Func<TimeSeriesPanel, TimeSeriesPanel> configure)
    {
        try { return JsonNode.Parse(DashboardJson.Serialize(new Dashboard("probe", "probe").AddPanel(configure(new TimeSeriesPanel("p"))))).Get("panels").At(0); }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException) { return null; }
    }

    private static JsonNode? WithoutNulls(JsonObject o)
    {
        var copy = new JsonObject();
        foreach (var (k, v) in o) if (v is not null) copy[k] = v.DeepClone();
        return copy;
    }

    /// <summary>JSON equality with numbers by value and colours as the model writes them.</summary>
    public static bool JsonSame(JsonNode? a, JsonNode? b)
    {
        switch (a, b)
        {
            case (null, null): return true;
            case (JsonObject x, JsonObject y):
                return x.Where(kv => kv.Value is not null).All(kv => JsonSame(kv.Value, y[kv.Key]))
                    && y.Where(kv => kv.Value is not null).All(kv => x[kv.Key] is not null);
            case (JsonArray x, JsonArray y): return x.Count == y.Count && x.Zip(y).All(p => JsonSame(p.First, p.Second));
            case (JsonValue x, JsonValue y):
                if (x.TryGetValue(out string? s) && y.TryGetValue(out string? t))
                    return s == t || (ModelValues.ColorCode(s) is { } cs && cs == ModelValues.ColorCode(t));
                if (x.TryGetValue(out bool p) && y.TryGetValue(out bool q)) return p == q;
                return !x.TryGetValue(out string? _) && !y.TryGetValue(out string? _) && Numbers.Of(x) is { } m && m == Numbers.Of(y);
            default: return false;
        }
    }
}
