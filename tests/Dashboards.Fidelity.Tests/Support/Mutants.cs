using System.Text.Json.Nodes;

namespace Dashboards.Fidelity.Tests.Support;

/// <summary>A suite dashboard broken on purpose in one way the oracle must catch, under <see cref="Category"/>.</summary>
public sealed record Mutant(string Name, string Category, Func<JsonObject, bool> Break);

/// <summary>
/// One deliberate break per check, applied to a copy of the first suite dashboard it fits: each proves its check can fail.
/// </summary>
public static class Mutants
{
    public static IReadOnlyList<Mutant> All { get; } =
    [
        new("unknown-unit", "units", d => FirstPanel(d, p => Defaults(p)?["unit"] is not null, p => Defaults(p)!["unit"] = "reqpss")),
        new("suffix-with-leading-space", "units", d => FirstPanel(d, p => Defaults(p) is not null, p => Defaults(p)!["unit"] = "suffix: Diem")),
        new("unknown-reducer", "registries", d => FirstPanel(d, p => Calcs(p) is { Count: > 0 }, p => Calcs(p)![0] = "average")),
        new("unknown-matcher", "registries", d => FirstPanel(d, p => Overrides(p) is { Count: > 0 }, p => Overrides(p)![0]!["matcher"]!["id"] = "byNom")),
        new("unknown-cell-type", "registries", d => FirstPanel(d, p => CellOptions(p) is not null, p => CellOptions(p)!["type"] = "colour-background")),
        new("unknown-colour-mode", "registries", d => FirstPanel(d, p => Defaults(p) is not null, p => Defaults(p)!["color"] = new JsonObject { ["mode"] = "palette-bogus" })),
        new("unknown-named-colour", "colors", d => FirstPanel(d, p => Defaults(p)?["thresholds"]?["steps"] is JsonArray { Count: > 0 },
            p => Defaults(p)!["thresholds"]!["steps"]![0]!["color"] = "greenish")),
        new("unknown-mapping-type", "mappings", d => FirstPanel(d, p => Defaults(p) is not null,
            p => Defaults(p)!["mappings"] = new JsonArray(new JsonObject { ["type"] = "valu", ["options"] = new JsonObject() }))),
        new("mapping-never-applies", "mappings", d => FirstPanel(d, p => Defaults(p) is not null && p["type"]?.GetValue<string>() == "stat",
            p => Defaults(p)!["mappings"] = JsonNode.Parse("""[{"type":"range","options":{"from":10,"to":5,"result":{"text":"Inverted"}}}]"""))),
        new("unknown-option-key", "schema", d => FirstPanel(d, p => p["type"]?.GetValue<string>() == "timeseries", p => p["options"]!["bogusOption"] = true)),
        new("wrong-option-type", "schema", d => FirstPanel(d, p => p["options"]?["legend"] is JsonObject, p => p["options"]!["legend"]!["showLegend"] = "yes")),
        new("wrong-fieldconfig-type", "schema", d => FirstPanel(d, p => p["type"]?.GetValue<string>() == "timeseries" && Defaults(p)?["custom"] is JsonObject,
            p => Defaults(p)!["custom"]!["lineWidth"] = "thick")),
        new("unknown-line-style-fill", "schema", d => FirstPanel(d, p => p["type"]?.GetValue<string>() == "timeseries" && Defaults(p)?["custom"] is JsonObject,
            p => Defaults(p)!["custom"]!["lineStyle"] = new JsonObject { ["fill"] = "wavy" })),
        new("insert-nulls-as-duration-text", "schema", d => FirstPanel(d, p => p["type"]?.GetValue<string>() == "timeseries" && Defaults(p)?["custom"] is JsonObject,
            p => Defaults(p)!["custom"]!["insertNulls"] = "5m")),
        new("wrong-option-value-of-generated-panel", "schema", d => FirstPanel(d, p => p["type"]?.GetValue<string>() == "candlestick", p => p["options"]!["mode"] = "bars")),
        new("wrong-option-value-of-unpublished-panel", "schema", d => FirstPanel(d, p => p["type"]?.GetValue<string>() == "alertlist", p => p["options"]!["sortOrder"] = 9)),
        new("unknown-option-of-optionless-panel", "schema", d => FirstPanel(d, p => p["type"]?.GetValue<string>() == "flamegraph", p => p["options"]!["zoom"] = true)),
        new("undefined-variable", "variables", d => FirstPanel(d, p => Targets(p) is { Count: > 0 }, p => p["title"] = p["title"]!.GetValue<string>() + " $nope")),
        new("query-on-default-datasource", "datasources", d => FirstPanel(d, p => Targets(p) is { Count: > 0 }, p =>
        {
            p.Remove("datasource");
            foreach (var t in Targets(p)!) t!.AsObject().Remove("datasource");
        })),
        new("datasource-type-mismatch", "datasources", d => FirstPanel(d, p => Targets(p)?[0]?["datasource"] is JsonObject,
            p => Targets(p)![0]!["datasource"]!["type"] = "loki")),
        new("unknown-transformation", "transformations", d => FirstPanel(d, p => Organize(p) is not null, p => Organize(p)!.Parent!["id"] = "organise")),
        new("organize-keyed-by-new-names", "transformations", d => FirstPanel(d,
            p => Organize(p)?["indexByName"] is JsonObject { Count: > 0 } && Organize(p)?["renameByName"] is JsonObject { Count: > 0 },
            p =>
            {
                var o = Organize(p)!;
                var renames = o["renameByName"]!.AsObject();
                var index = new JsonObject();
                foreach (var (key, value) in o["indexByName"]!.AsObject())
                    index[renames[key]?.GetValue<string>() ?? key] = value!.DeepClone();
                o["indexByName"] = index;
            })),
        new("value-instead-of-value-refid", "transformations", d => FirstPanel(d,
            p => Organize(p)?["renameByName"] is JsonObject r && r.Any(kv => kv.Key.StartsWith("Value #", StringComparison.Ordinal)),
            p =>
            {
                var renames = Organize(p)!["renameByName"]!.AsObject();
                var key = renames.First(kv => kv.Key.StartsWith("Value #", StringComparison.Ordinal)).Key;
                var to = renames[key]!.GetValue<string>();
                renames.Remove(key);
                renames["Value"] = to;
            })),
        new("override-names-no-field", "overrides", d => FirstPanel(d, p => Overrides(p)?.Any(o => o?["matcher"]?["id"]?.GetValue<string>() == "byName") == true,
            p =>
            {
                var matcher = Overrides(p)!.First(o => o!["matcher"]!["id"]!.GetValue<string>() == "byName")!["matcher"]!;
                matcher["options"] = matcher["options"]!.GetValue<string>() + " (typo)";
            })),
        new("columns-out-of-order", "columns", d => FirstPanel(d, p => Organize(p)?["indexByName"] is JsonObject { Count: >= 2 }, p =>
        {
            var index = Organize(p)!["indexByName"]!.AsObject();
            var keys = index.Select(kv => kv.Key).ToList();
            (index[keys[0]], index[keys[1]]) = (index[keys[1]]!.DeepClone(), index[keys[0]]!.DeepClone());
        })),
        // The transformations Grafana's app implements are checked for their options' shape only; the ones @grafana/data
        // runs also for the fields and labels they name.
        new("app-transformation-unknown-option", "schema", d => FirstPanel(d, p => Targets(p) is { Count: > 0 },
            p => Append(p, """{"id":"regression","options":{"modelType":"linear","degre":2}}"""))),
        new("transformation-option-wrong-type", "schema", d => FirstPanel(d, p => Targets(p) is { Count: > 0 },
            p => Append(p, """{"id":"histogram","options":{"bucketCount":"ten"}}"""))),
        new("group-by-names-no-field", "transformations", d => FirstPanel(d, p => Targets(p) is { Count: > 0 },
            p => Prepend(p, """{"id":"groupBy","options":{"fields":{"nope":{"operation":"groupby","aggregations":[]}}}}"""))),
        new("labels-to-fields-keeps-no-label", "transformations", d => FirstPanel(d, p => Targets(p) is { Count: > 0 },
            p => Prepend(p, """{"id":"labelsToFields","options":{"mode":"columns","keepLabels":["no_such_label"]}}"""))),
        new("override-custom-property-unknown", "schema", d => FirstPanel(d, p => p["type"]?.GetValue<string>() == "timeseries" && Overrides(p) is { Count: > 0 },
            p => (Overrides(p)![0]!["properties"] as JsonArray)!.Add(JsonNode.Parse("""{"id":"custom.lineWidht","value":2}""")))),
        new("unknown-footer-reducer", "registries", d => FirstPanel(d, p => p["type"]?.GetValue<string>() == "table" && Defaults(p)?["custom"] is JsonObject,
            p => Defaults(p)!["custom"]!["footer"] = JsonNode.Parse("""{"reducers":["average"]}"""))),
    ];

    private static void Append(JsonObject panel, string transformation) =>
        ((panel["transformations"] ??= new JsonArray()) as JsonArray)!.Add(JsonNode.Parse(transformation));

    private static void Prepend(JsonObject panel, string transformation) =>
        ((panel["transformations"] ??= new JsonArray()) as JsonArray)!.Insert(0, JsonNode.Parse(transformation));

    private static bool FirstPanel(JsonObject dashboard, Func<JsonObject, bool> fits, Action<JsonObject> change)
    {
        foreach (var panel in Panels(dashboard))
        {
            if (!fits(panel)) continue;
            change(panel);
            return true;
        }
        return false;
    }

    public static IEnumerable<JsonObject> Panels(JsonObject dashboard)
    {
        foreach (var p in dashboard["panels"]?.AsArray() ?? [])
        {
            if (p is not JsonObject panel) continue;
            if (panel["type"]?.GetValue<string>() != "row") yield return panel;
            foreach (var c in panel["panels"]?.AsArray() ?? [])
                if (c is JsonObject child) yield return child;
        }
    }

    private static JsonObject? Defaults(JsonObject p) => p["fieldConfig"]?["defaults"] as JsonObject;
    private static JsonArray? Overrides(JsonObject p) => p["fieldConfig"]?["overrides"] as JsonArray;
    private static JsonArray? Targets(JsonObject p) => p["targets"] as JsonArray;

    private static JsonObject? CellOptions(JsonObject p) =>
        Overrides(p)?.SelectMany(o => o?["properties"]?.AsArray() ?? [])
            .FirstOrDefault(q => q?["id"]?.GetValue<string>() == "custom.cellOptions")?["value"] as JsonObject;
    private static JsonArray? Calcs(JsonObject p) => (p["options"]?["legend"]?["calcs"] ?? p["options"]?["reduceOptions"]?["calcs"]) as JsonArray;

    private static JsonObject? Organize(JsonObject p) =>
        (p["transformations"] as JsonArray)?.FirstOrDefault(t => t?["id"]?.GetValue<string>() == "organize")?["options"] as JsonObject;
}
