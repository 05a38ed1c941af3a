using System.Text.Json.Nodes;

namespace Dashboards.Model.Json;

internal static partial class DashboardJsonEmitter
{
    // ---- fieldConfig.defaults ----

    private static void WriteDefaults(GrafanaJsonWriter w, Panel panel)
    {
        var d = panel.Defaults;
        w.WriteStartObject("defaults"u8);
        w.WriteOptional("displayName"u8, d.DisplayName);
        w.WriteOptional("unit"u8, d.Unit?.Id);
        w.WriteOptional("decimals"u8, d.Decimals);
        w.WriteOptional("min"u8, d.Min);
        w.WriteOptional("max"u8, d.Max);
        w.WriteOptional("noValue"u8, d.NoValue);
        if (d.Color is { } color)
        {
            w.WritePropertyName("color"u8);
            WriteFieldColor(w, color);
        }
        if (d.Thresholds is { } thresholds) w.WriteRemembered("thresholds"u8, thresholds, WriteThresholds);
        if (!d.Mappings.IsDefaultOrEmpty)
        {
            w.WritePropertyName("mappings"u8);
            WriteMappings(w, d.Mappings);
        }
        if (!d.Links.IsDefaultOrEmpty)
        {
            w.WriteStartArray("links"u8);
            foreach (var link in d.Links)
            {
                w.WriteStartObject();
                w.WriteString("title"u8, link.Title);
                w.WriteString("url"u8, link.Url);
                w.WriteTrueOrOmit("targetBlank"u8, link.TargetBlank);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        WriteCustom(w, panel);
        w.WriteEndObject();
    }

    private static void WriteFieldColor(GrafanaJsonWriter w, FieldColor c)
    {
        w.WriteStartObject();
        w.WriteString("mode"u8, GrafanaNames.Of(c.Mode));
        w.WriteOptional("fixedColor"u8, c.FixedColor?.Value);
        if (c.SeriesBy is { } by) w.WriteString("seriesBy"u8, GrafanaNames.Of(by));
        w.WriteEndObject();
    }

    private static void WriteThresholds(GrafanaJsonWriter w, Thresholds t)
    {
        w.WriteStartObject();
        w.WriteString("mode"u8, GrafanaNames.Of(t.Mode));
        w.WriteStartArray("steps"u8);
        foreach (var step in t.Steps)
        {
            w.WriteStartObject();
            w.WriteString("color"u8, step.Color.Value);
            w.WriteNumberOrNull("value"u8, step.Value); // null is the base step (−∞)
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteMappings(GrafanaJsonWriter w, ImmutableArray<ValueMapping> mappings)
    {
        w.WriteStartArray();
        for (var i = 0; i < mappings.Length; i++)
        {
            var m = mappings[i];
            w.WriteStartObject();
            w.WriteString("type"u8, m switch
            {
                ValueMatch => "value",
                RangeMatch => "range",
                RegexMatch => "regex",
                SpecialMatch => "special",
                _ => throw new NotSupportedException($"Mapping {m.GetType().Name} has no JSON mapping."),
            });
            w.WriteStartObject("options"u8);
            switch (m)
            {
                case ValueMatch v:
                    w.WritePropertyName(v.MatchedValue); // the matched value is the key of the result
                    break;
                case RangeMatch g:
                    w.WriteNumberOrNull("from"u8, g.From);
                    w.WriteNumberOrNull("to"u8, g.To);
                    w.WritePropertyName("result"u8);
                    break;
                case RegexMatch x:
                    w.WriteString("pattern"u8, x.Pattern);
                    w.WritePropertyName("result"u8);
                    break;
                case SpecialMatch s:
                    w.WriteString("match"u8, GrafanaNames.Of(s.Match));
                    w.WritePropertyName("result"u8);
                    break;
            }
            WriteMappingResult(w, m.Result, i);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteMappingResult(GrafanaJsonWriter w, MappingResult result, int index)
    {
        w.WriteStartObject();
        w.WriteOptional("text"u8, result.Text);
        w.WriteOptional("color"u8, result.Color?.Value);
        w.WriteOptional("icon"u8, result.Icon);
        w.WriteNumber("index"u8, index);
        w.WriteEndObject();
    }

    // ---- custom (plugin) field options: generated (Generated/DashboardJsonEmitter.Options.g.cs); shapes it shares ----

    private static void WriteScaleDistribution(GrafanaJsonWriter w, ScaleDistribution? s)
    {
        if (s is null) return;
        w.WriteStartObject("scaleDistribution"u8);
        w.WriteString("type"u8, GrafanaNames.Of(s.Type));
        w.WriteOptional("log"u8, s.LogBase);
        w.WriteOptional("linearThreshold"u8, s.LinearThreshold);
        w.WriteEndObject();
    }

    private static void WriteStacking(GrafanaJsonWriter w, Stacking stacking)
    {
        w.WriteStartObject();
        w.WriteString("mode"u8, GrafanaNames.Of(stacking.Mode));
        w.WriteString("group"u8, stacking.Group);
        w.WriteEndObject();
    }

    private static void WriteHideFrom(GrafanaJsonWriter w, bool legend, bool tooltip, bool viz)
    {
        w.WriteStartObject();
        w.WriteBoolean("legend"u8, legend);
        w.WriteBoolean("tooltip"u8, tooltip);
        w.WriteBoolean("viz"u8, viz);
        w.WriteEndObject();
    }

    private static void WriteCellOptions(GrafanaJsonWriter w, TableCell cell)
    {
        var (id, mode) = GrafanaNames.Of(cell.Type);
        w.WriteStartObject();
        w.WriteString("type"u8, id);
        w.WriteOptional("mode"u8, mode);
        w.WriteOptional("applyToRow"u8, cell.ApplyToRow);
        if (cell.ValueDisplay is { } valueDisplay) w.WriteString("valueDisplayMode"u8, GrafanaNames.Of(valueDisplay));
        w.WriteOptional("alt"u8, cell.ImageAlt);
        w.WriteOptional("title"u8, cell.ImageTitle);
        w.WriteOptional("hideValue"u8, cell.HideValue);
        w.WriteOptional("dynamicHeight"u8, cell.DynamicHeight);
        w.WriteEndObject();
    }

    // ---- overrides ----

    private static void WriteOverrides(GrafanaJsonWriter w, ImmutableArray<FieldOverride> overrides)
    {
        w.WriteStartArray("overrides"u8);
        if (!overrides.IsDefaultOrEmpty)
        {
            foreach (var o in overrides)
            {
                w.WriteStartObject();
                w.WriteStartObject("matcher"u8);
                w.WriteString("id"u8, o.Matcher.Id);
                WriteMatcherOptions(w, o.Matcher.Options);
                w.WriteEndObject();
                w.WriteStartArray("properties"u8);
                foreach (var property in o.Properties)
                {
                    w.WriteStartObject();
                    w.WriteString("id"u8, property.Id);
                    w.WritePropertyName("value"u8);
                    WriteOverrideValue(w, property.Value);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
        }
        w.WriteEndArray();
    }

    private static void WriteMatcherOptions(GrafanaJsonWriter w, FieldMatcherOptions options)
    {
        switch (options)
        {
            case FieldMatcherText t:
                w.WriteString("options"u8, t.Text);
                break;
            case FieldMatcherNames n:
                w.WriteStartObject("options"u8);
                w.WriteString("mode"u8, n.Exclude ? "exclude" : "include");
                w.WriteStrings("names"u8, n.Names);
                w.WriteEndObject();
                break;
            case FieldMatcherRegexOrNames r:
                w.WriteStartObject("options"u8);
                w.WriteString("pattern"u8, r.Pattern);
                w.WriteStrings("names"u8, r.Names);
                w.WriteEndObject();
                break;
            case FieldMatcherValue v:
                w.WriteStartObject("options"u8);
                w.WriteString("reducer"u8, v.Reducer.Id);
                w.WriteString("op"u8, GrafanaNames.Of(v.Operator));
                w.WriteNumber("value"u8, v.Value);
                w.WriteEndObject();
                break;
            default:
                throw new NotSupportedException($"Matcher options {options.GetType().Name} have no JSON mapping.");
        }
    }

    private static void WriteOverrideValue(GrafanaJsonWriter w, object value)
    {
        switch (value)
        {
            case string s: w.WriteStringValue(s); break;
            case int i: w.WriteNumberValue(i); break;
            case double d: w.WriteNumberValue(d); break;
            case bool b: w.WriteBooleanValue(b); break;
            case Unit u: w.WriteStringValue(u.Id); break;
            case FieldColor c: WriteFieldColor(w, c); break;
            case Thresholds t: WriteThresholds(w, t); break;
            case ImmutableArray<ValueMapping> m: WriteMappings(w, m); break;
            case ImmutableArray<Reducer> r:
                w.WriteStartArray();
                foreach (var reducer in r) w.WriteStringValue(reducer.Id);
                w.WriteEndArray();
                break;
            case HideFrom h: WriteHideFrom(w, h.Legend, h.Tooltip, h.Viz); break;
            case Stacking s: WriteStacking(w, s); break;
            case DrawStyle d: w.WriteStringValue(GrafanaNames.Of(d)); break;
            case AxisPlacement a: w.WriteStringValue(GrafanaNames.Of(a)); break;
            case GraphTransform g: w.WriteStringValue(GrafanaNames.Of(g)); break;
            case TextAlignment t: w.WriteStringValue(GrafanaNames.Of(t)); break;
            case TableCell c: WriteCellOptions(w, c); break;
            case JsonNode n: w.WriteNodeValue(n); break;
            case RawNull: w.WriteNullValue(); break;
            default: throw new NotSupportedException($"Override value {value.GetType().Name} has no JSON mapping.");
        }
    }

    // ---- transformations ----

    private static void WriteTransformations(GrafanaJsonWriter w, ImmutableArray<Transformation> transformations)
    {
        w.WriteStartArray("transformations"u8);
        foreach (var t in transformations)
        {
            w.WriteStartObject();
            w.WriteString("id"u8, t.Id);
            w.WriteTrueOrOmit("disabled"u8, t.Disabled);
            w.WritePropertyName("options"u8);
            WriteTransformOptions(w, t);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteTransformOptions(GrafanaJsonWriter w, Transformation t)
    {
        if (t is Generic generic)
        {
            w.WriteNodeValue(generic.Options);
            return;
        }
        w.WriteStartObject();
        switch (t)
        {
            case OrganizeFields o:
                w.WriteStartObject("excludeByName"u8);
                foreach (var name in OrEmpty(o.Excluded)) { w.WritePropertyName(name); w.WriteBooleanValue(true); }
                w.WriteEndObject();
                w.WriteStartObject("indexByName"u8);
                if (!o.Order.IsDefaultOrEmpty)
                    for (var i = 0; i < o.Order.Length; i++) { w.WritePropertyName(o.Order[i]); w.WriteNumberValue(i); }
                w.WriteEndObject();
                w.WriteStartObject("renameByName"u8);
                foreach (var rename in OrEmpty(o.Renames)) { w.WritePropertyName(rename.From); w.WriteStringValue(rename.To); }
                w.WriteEndObject();
                break;
            case Merge:
                break;
            case Reduce r:
                w.WriteString("mode"u8, GrafanaNames.Of(r.Mode));
                WriteReducers(w, "reducers"u8, r.Reducers);
                w.WriteBoolean("includeTimeField"u8, r.IncludeTimeField);
                w.WriteBoolean("labelsToFields"u8, r.LabelsToFields);
                break;
            case SortBy s:
                w.WriteStartArray("sort"u8);
                w.WriteStartObject();
                w.WriteString("field"u8, s.Field);
                w.WriteBoolean("desc"u8, s.Descending);
                w.WriteEndObject();
                w.WriteEndArray();
                break;
            case Limit l:
                w.WriteNumber("limitField"u8, l.Rows);
                break;
            case FilterByValue f:
                w.WriteStartArray("filters"u8);
                foreach (var filter in OrEmpty(f.Filters))
                {
                    w.WriteStartObject();
                    w.WriteString("fieldName"u8, filter.Field);
                    w.WriteStartObject("config"u8);
                    w.WriteString("id"u8, GrafanaNames.Of(filter.Condition));
                    w.WriteStartObject("options"u8);
                    w.WriteOptional("value"u8, filter.Value);
                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteString("type"u8, f.Include ? "include" : "exclude");
                w.WriteString("match"u8, f.MatchAll ? "all" : "any");
                break;
            default:
                WriteMoreTransformOptions(w, t); // DashboardJsonEmitter.Transformations.cs
                break;
        }
        w.WriteEndObject();
    }

    /// <summary>Reducer ids (calcs), as an array; unset writes <c>[]</c>.</summary>
    private static void WriteReducers(GrafanaJsonWriter w, ReadOnlySpan<byte> name, ImmutableArray<Reducer> reducers)
    {
        w.WriteStartArray(name);
        foreach (var reducer in OrEmpty(reducers)) w.WriteStringValue(reducer.Id);
        w.WriteEndArray();
    }

    /// <summary>Default (never set) arrays write as empty ones.</summary>
    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
