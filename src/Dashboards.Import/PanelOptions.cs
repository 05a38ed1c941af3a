using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboards.Model;
using Dashboards.Model.Json;

namespace Dashboards.Import;

/// <summary>
/// A panel's plugin options and custom field config as typed code: read by the model's own reader (generated from the
/// per-plugin spec, <see cref="PanelJson"/>), then written as the constructor plus the fluent calls that reach the same
/// value (<see cref="FluentCalls"/>). What no method sets becomes one <c>with</c> statement; what the reader could not type
/// stays a raw field, named in a warning.
/// </summary>
internal static class PanelOptions
{
    private static readonly string[] Records = ["Options", "FieldConfig"];

    internal sealed record Typed(string Constructor, List<string> Calls, string? WithStatement, List<(string Path, JsonNode? Value)> Raw, List<string> Warnings);

    public static Typed Read(PanelType type, JsonObject json, string title, string local)
    {
        // The reader expects objects where Grafana writes objects; anything else there is left to the raw fields.
        var readable = (JsonObject)json.DeepClone();
        if (readable["options"] is not (null or JsonObject)) readable.Remove("options");
        if (readable["fieldConfig"] is not (null or JsonObject)) readable.Remove("fieldConfig");
        if (readable["fieldConfig"] is JsonObject fc && fc["defaults"] is not (null or JsonObject)) fc.Remove("defaults");
        if (readable["fieldConfig"]?["defaults"] is JsonObject d && d["custom"] is null && d.ContainsKey("custom")) d.Remove("custom");
        if (readable["options"] is null && readable.ContainsKey("options")) readable.Remove("options");
        if (readable["fieldConfig"] is null && readable.ContainsKey("fieldConfig")) readable.Remove("fieldConfig");
        if (readable["fieldConfig"] is JsonObject fc2 && fc2["defaults"] is null && fc2.ContainsKey("defaults")) fc2.Remove("defaults");
        using var doc = JsonDocument.Parse(readable.ToJsonString());
        var read = PanelJson.ReadOptions(type.PluginId, doc.RootElement) ?? type.Create(title);
        read = Settled(type, read with { Title = title });
        var raw = read.RawFields.Select(f => (f.Path, At(json, f.Path)?.DeepClone())).ToList();
        var warnings = new List<string>();

        var (constructor, start) = Construct(type.ClrType, read, title);
        var (calls, reached) = FluentCalls.Search(start, read, Records);
        string? with = null;
        var sets = new List<string>();
        foreach (var name in Records)
        {
            if (type.ClrType.GetProperty(name) is not { } property) continue;
            var (want, have) = (property.GetValue(read)!, property.GetValue(reached)!);
            if (ModelValues.Same(want, have)) continue;
            if (ModelValues.WithCode($"{local}.{name}", have, want) is { } code) sets.Add($"{name} = {code}");
            else
            {
                // A value with no typed form (an unknown reducer or colour...): the whole JSON object stays raw.
                var path = name == "Options" ? "options" : "fieldConfig.defaults.custom";
                var node = name == "Options" ? json["options"] : json["fieldConfig"].Get("defaults").Get("custom");
                raw.RemoveAll(r => r.Path.StartsWith(path + ".", StringComparison.Ordinal));
                raw.Add((path, node?.DeepClone()));
                warnings.Add($"{path} has a value with no typed form; kept as a raw field.");
            }
        }
        if (sets.Count > 0) with = $"{local} = {local} with {{ {string.Join(", ", sets)} }}";
        return new Typed(constructor, calls, with, raw, warnings);
    }

    /// <summary>
    /// The options as the emitter writes them back: values it leaves out (Grafana's defaults, e.g. a bar alignment on a
    /// line graph) are dropped here too, so importing the emitted JSON gives the same code.
    /// </summary>
    private static Panel Settled(PanelType type, Panel read)
    {
        var bare = read with { RawFields = [] };
        var emitted = JsonNode.Parse(DashboardJson.Serialize(new Dashboard("d", "d").AddPanel(bare))).Get("panels").At(0);
        if (emitted is null) return read;
        using var doc = JsonDocument.Parse(emitted.ToJsonString());
        var again = PanelJson.ReadOptions(type.PluginId, doc.RootElement);
        if (again is null || again.RawFields.Length > 0) return read;
        foreach (var name in Records)
            if (type.ClrType.GetProperty(name) is { } p) read = (Panel)ModelValues.With(read, p, p.GetValue(again));
        return read;
    }

    /// <summary>The shortest public constructor, its extra parameters (e.g. a text panel's content) taken from the read options.</summary>
    private static (string Code, object Value) Construct(Type type, Panel read, string title)
    {
        foreach (var ctor in type.GetConstructors().OrderBy(c => c.GetParameters().Length))
        {
            var ps = ctor.GetParameters();
            if (ps.Length == 0 || ps[0].ParameterType != typeof(string)) continue;
            var args = new object?[ps.Length];
            var codes = new List<string> { CSharp.Str(title) };
            args[0] = title;
            var ok = true;
            for (var i = 1; i < ps.Length && ok; i++)
            {
                var value = OptionNamed(read, ps[i].Name!);
                if (value is null && ps[i].HasDefaultValue) value = ps[i].DefaultValue;
                args[i] = value;
                var code = value is null ? null : ModelValues.Code(value, ps[i].ParameterType);
                ok = code is not null && ps[i].ParameterType.IsInstanceOfType(value);
                if (ok) codes.Add(code!);
            }
            if (!ok) continue;
            try { return ($"new {type.Name}({string.Join(", ", codes)})", ctor.Invoke(args)); }
            catch (TargetInvocationException) { }
        }
        throw new InvalidOperationException($"panel type {type.Name} has no constructor the importer can call.");
    }

    // The reader names what it did not type by path; the value is the input's, at that path.
    private static JsonNode? At(JsonObject json, string path)
    {
        JsonNode? node = json;
        foreach (var segment in path.Split('.')) node = node is JsonObject o ? o[segment] : null;
        return node;
    }

    private static object? OptionNamed(Panel read, string name)
    {
        foreach (var record in Records)
        {
            if (read.GetType().GetProperty(record)?.GetValue(read) is not { } r) continue;
            if (r.GetType().GetProperty(char.ToUpperInvariant(name[0]) + name[1..]) is { } p) return p.GetValue(r);
        }
        return null;
    }
}
