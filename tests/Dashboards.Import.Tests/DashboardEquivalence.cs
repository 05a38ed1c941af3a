using System.Text.Json.Nodes;
using Dashboards.PromQL;

namespace Dashboards.Import.Tests;

/// <summary>
/// Compares an input dashboard (after Grafana's migrations) with what the generated code emits: title, uid, variables,
/// row titles, and per panel in order its type, title, grid position, unit, queries (PromQL by meaning: both sides parsed
/// and printed by Dashboards.PromQL), legends and hidden flags, and every value its options, field config (overrides
/// included) and transformations set. Returns one line per difference.
/// </summary>
internal static class DashboardEquivalence
{
    public static List<string> Compare(JsonObject original, JsonObject emitted)
    {
        var diffs = new List<string>();
        var migrated = (JsonObject)original.DeepClone();
        Migrations.Apply(migrated, []);
        Same("title", Str(migrated["title"]), Str(emitted["title"]), diffs);
        if (Str(migrated["uid"]) is { Length: > 0 } uid) Same("uid", uid, Str(emitted["uid"]), diffs);

        var inputs = (original["__inputs"] as JsonArray ?? []).OfType<JsonObject>().Select(i => Str(i["name"])).ToHashSet();
        var before = Variables(migrated).ToList();
        var after = Variables(emitted).Where(v => before.Contains(v) || !inputs.Contains(v.Split(':')[0])).ToList();
        Same("variables", string.Join(", ", before), string.Join(", ", after), diffs);

        // Rows compared by title; panels compared in order without them (the import may add an untitled row, see docs).
        Same("rows", string.Join(" | ", Flatten(migrated).Where(IsRow).Select(r => Str(r["title"]))), string.Join(" | ", Flatten(emitted).Where(IsRow).Select(r => Str(r["title"]))), diffs);
        var a = Flatten(migrated).Where(p => !IsRow(p)).ToList();
        var b = Flatten(emitted).Where(p => !IsRow(p)).ToList();
        if (a.Count != b.Count) diffs.Add($"panel count: {a.Count} → {b.Count}");
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var (p, q) = (a[i], b[i]);
            var where = $"panel {i} \"{Str(p["title"])}\"";
            Same(where + " type", Str(p["type"]), Str(q["type"]), diffs);
            Same(where + " title", Str(p["title"]) ?? "", Str(q["title"]) ?? "", diffs);
            if (Str(p["type"]) == "row") continue;
            Same(where + " gridPos", Grid(p), Grid(q), diffs);
            Same(where + " unit", Unit(p), Unit(q), diffs);
            // Options, field config, overrides and transformations: every value the input sets comes back the same
            // (the emitter may add Grafana's defaults). Value mappings compare by meaning (the model writes one per value).
            foreach (var key in (string[])["options", "fieldConfig", "transformations"])
                Subset(p[key], q[key], where + " " + key, diffs);
            var ta = Queries(p).ToList();
            var tb = Queries(q).ToList();
            Same(where + " queries", string.Join(" | ", ta), string.Join(" | ", tb), diffs);
        }
        return diffs;
    }

    // Values Grafana treats as unset, which the emitter leaves out: an empty list, a bar alignment on a graph that draws
    // no bars, a text panel's code settings when it shows no code, a value on the base threshold step (always -∞).
    private static bool Unset(JsonNode? a, string path) =>
        a is JsonArray { Count: 0 } || a is JsonObject { Count: 0 }
        || (path.EndsWith(".custom.barAlignment", StringComparison.Ordinal) && a is JsonValue v && v.TryGetValue(out int n) && n == 0)
        || path.Contains(" options.code.", StringComparison.Ordinal)
        || (path.EndsWith(".custom.filterable", StringComparison.Ordinal) && a is JsonValue f && f.TryGetValue(out bool filterable) && !filterable)
        || path.EndsWith(".thresholds.steps[0].value", StringComparison.Ordinal);

    private static void Subset(JsonNode? a, JsonNode? b, string path, List<string> diffs)
    {
        if (Unset(a, path)) return;
        switch (a)
        {
            case null: return;
            case JsonObject o when path.EndsWith(".mappings", StringComparison.Ordinal) is false:
                foreach (var (k, v) in o) Subset(v, b?[k], path + "." + k, diffs);
                return;
            case JsonArray x when path.EndsWith(".mappings", StringComparison.Ordinal):
                Same(path, MappingLines(x), MappingLines(b as JsonArray ?? []), diffs);
                return;
            case JsonArray x:
                if (b is not JsonArray y || y.Count != x.Count) { diffs.Add($"{path}: {Short(a.ToJsonString())} → {Short(b?.ToJsonString())}"); return; }
                for (var i = 0; i < x.Count; i++) Subset(x[i], y[i], $"{path}[{i}]", diffs);
                return;
            case JsonValue v:
                if (!SameValue(v, b as JsonValue)) diffs.Add($"{path}: {Short(a.ToJsonString())} → {Short(b?.ToJsonString())}");
                return;
        }
    }

    private static bool SameValue(JsonValue a, JsonValue? b)
    {
        if (b is null) return false;
        if (a.TryGetValue(out string? s) && b.TryGetValue(out string? t)) return string.Equals(Colour(s), Colour(t), StringComparison.OrdinalIgnoreCase);
        if (a.TryGetValue(out bool p) && b.TryGetValue(out bool q)) return p == q;
        return Num(a) is { } x && x == Num(b);
    }

    // Colours by meaning: case and spaces aside, rgb(r, g, b) is rgba(r, g, b, 1).
    private static string Colour(string s)
    {
        var c = s.Replace(" ", "", StringComparison.Ordinal);
        return c.StartsWith("rgb(", StringComparison.OrdinalIgnoreCase) ? "rgba(" + c[4..^1] + ",1)" : c;
    }

    private static double? Num(JsonValue v) =>
        v.TryGetValue(out double d) ? d : v.TryGetValue(out int i) ? i : v.TryGetValue(out long l) ? l : null;

    private static string MappingLines(JsonArray mappings)
    {
        var lines = new List<string>();
        foreach (var m in mappings)
        {
            if (m?["options"] is not JsonObject options) continue;
            if (Str(m["type"]) == "value")
                foreach (var (k, r) in options) lines.Add($"value {k} {r?["text"]} {r?["color"]}".ToLowerInvariant());
            else lines.Add($"{Str(m["type"])} {options["from"]} {options["to"]} {options["pattern"]} {options["match"]} {options["result"]?["text"]} {options["result"]?["color"]}".ToLowerInvariant());
        }
        lines.Sort(StringComparer.Ordinal);
        return string.Join("; ", lines);
    }

    private static void Same(string what, string? a, string? b, List<string> diffs)
    {
        if (!string.Equals(a, b, StringComparison.Ordinal)) diffs.Add($"{what}: {Short(a)} → {Short(b)}");
    }

    private static string Short(string? s) => s is null ? "(none)" : s.Length > 160 ? s[..160] + "…" : s;

    private static string? Str(JsonNode? n) => n is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    private static IEnumerable<string> Variables(JsonObject d) =>
        (d["templating"]?["list"] as JsonArray ?? []).OfType<JsonObject>().Select(v => $"{VariableName(Str(v["name"]))}:{Str(v["type"])}");

    // The importer renames variables the model rejects ("namespace-viz" → "namespace_viz").
    private static string? VariableName(string? name) =>
        name is null ? null : new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_').ToArray()).TrimStart('_');

    // Panels in order, rows followed by their panels. A collapsed row stores its panels' positions from when it was
    // last open (often stale); Grafana places them under the row on expanding, so their y counts from the first of them.
    private static List<JsonObject> Flatten(JsonObject d)
    {
        var list = new List<JsonObject>();
        foreach (var p in (d["panels"] as JsonArray ?? []).OfType<JsonObject>())
        {
            list.Add(p);
            var children = (p["panels"] as JsonArray ?? []).OfType<JsonObject>().ToList();
            var top = children.Select(c => Y(c)).DefaultIfEmpty(0).Min();
            foreach (var c in children)
            {
                var copy = (JsonObject)c.DeepClone();
                if (copy["gridPos"] is JsonObject g) g["y"] = Y(c) - top;
                list.Add(copy);
            }
        }
        return list;
    }

    private static bool IsRow(JsonObject p) => Str(p["type"]) == "row";

    private static int Y(JsonObject p) => p["gridPos"]?["y"] is JsonValue v && v.TryGetValue(out int y) ? y : 0;

    private static string Grid(JsonObject p) => p["gridPos"] is JsonObject g ? $"{g["x"]},{g["y"]},{g["w"]},{g["h"]}" : "(none)";

    private static string Unit(JsonObject p) => Str(p["fieldConfig"]?["defaults"]?["unit"]) is { Length: > 0 } u ? u : "(default)";

    private static IEnumerable<string> Queries(JsonObject p)
    {
        foreach (var t in (p["targets"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (Str(t["expr"]) is not { } expr || string.IsNullOrWhiteSpace(expr)) continue;
            string meaning;
            try { meaning = PromQLExpr.Parse(expr).ToString(); }
            catch (FormatException) { meaning = "raw:" + expr; }
            catch (ArgumentException) { meaning = "raw:" + expr; }
            var legend = Str(t["legendFormat"]) is { Length: > 0 } l ? " legend=" + l : "";
            var hide = t["hide"] is JsonValue h && h.TryGetValue(out bool hidden) && hidden ? " hidden" : "";
            yield return meaning + legend + hide;
        }
    }
}
