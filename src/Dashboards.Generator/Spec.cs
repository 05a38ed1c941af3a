using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dashboards.Generator;

/// <summary>An enum of the model and the strings Grafana stores for it.</summary>
internal sealed record EnumSpec(string Name, string? Doc, bool Declare, string? Upstream, IReadOnlyList<(string Member, string Grafana)> Values)
{
    /// <summary>Grafana stores the enum as a number (the C# members get those values), not as a string.</summary>
    public bool Numeric { get; init; }
}

/// <summary>A value range the schema lacks: fluent methods and field overrides check it.</summary>
internal sealed record RangeSpec(double Min, double Max, bool MinExclusive, string Message);

/// <summary>
/// One option of a record: its JSON key (Grafana's), C# name and type, default, range and how it is written.
/// Kinds: bool, int, double, string, Unit, Color, an enum, Enum[] (array of names), reducers, group:NAME (a shared
/// record), record:NAME (a record of the same file), object (a JSON object whose fields sit flat on the record),
/// hand (a hand-written writer and reader).
/// </summary>
internal sealed record FieldSpec
{
    public required string Json { get; init; }
    public string? Name { get; init; }
    public required string Type { get; init; }
    public bool Nullable { get; init; }
    public string? Default { get; init; }
    public RangeSpec? Range { get; init; }
    public string? Fluent { get; init; }
    public string? Param { get; init; }
    public string? ParamDefault { get; init; }
    public string? FluentDoc { get; init; }
    /// <summary>always, optional, trueOrOmit, orEmpty, never.</summary>
    public string? Emit { get; init; }
    public string? Doc { get; init; }
    public string? CsType { get; init; }
    public string? Write { get; init; }
    public string? Read { get; init; }
    /// <summary>For objects: always, or any (written when one of its fields is set).</summary>
    public string? EmitIf { get; init; }
    public IReadOnlyList<FieldSpec> Fields { get; init; } = [];
    /// <summary>Grafana's key is absent from the upstream schema on purpose (the overlay says why).</summary>
    public string? NotUpstream { get; init; }
    /// <summary>The JSON Schema requires the key (the SDK always writes it).</summary>
    public bool Required { get; init; }
    /// <summary>Extra JSON Schema keywords for the key (x-hint, bounds), or a hand field's whole schema.</summary>
    public JsonObject? Schema { get; init; }
}

/// <summary>A record of options: a panel's options, its custom field config, a shared group or a nested record.</summary>
internal sealed record RecordSpec
{
    public required string Name { get; init; }
    public string? Doc { get; init; }
    /// <summary>Upstream definition, e.g. <c>common#VizLegendOptions</c> or <c>stat#Options</c>.</summary>
    public string? Upstream { get; init; }
    /// <summary>Shared groups: the JSON key they are written under.</summary>
    public string? Json { get; init; }
    /// <summary>Shared groups: the property name panels use.</summary>
    public string? Property { get; init; }
    /// <summary>Written through the writer's repeat cache (WriteRemembered).</summary>
    public bool Remember { get; init; }
    /// <summary>Written flat into the enclosing object instead of as an object of its own.</summary>
    public bool Inline { get; init; }
    /// <summary>Fluent methods on the record itself are named With{Name}.</summary>
    public bool WithMethods { get; init; }
    public string? ConfigureDoc { get; init; }
    public IReadOnlyList<string> PanelShortcuts { get; init; } = [];
    public required IReadOnlyList<FieldSpec> Fields { get; init; }
    /// <summary>Schemas for keys the model leaves raw, replacing Grafana's where real dashboards hold other shapes.</summary>
    public IReadOnlyDictionary<string, JsonObject> RawSchema { get; init; } = new Dictionary<string, JsonObject>();
}

internal sealed record PanelSpec
{
    public required string Plugin { get; init; }
    public required string Panel { get; init; }
    /// <summary>The upstream schema file, or null when Grafana publishes none for the plugin (the overlay says so).</summary>
    public string? Upstream { get; init; }
    public string? Doc { get; init; }
    public required int Width { get; init; }
    public required int Height { get; init; }
    /// <summary>Extra constructor parameters, e.g. <c>string content</c>, with the options they set.</summary>
    public IReadOnlyList<(string Param, string Field)> Constructor { get; init; } = [];
    public required RecordSpec Options { get; init; }
    public RecordSpec? FieldConfig { get; init; }
    public IReadOnlyList<RecordSpec> Records { get; init; } = [];
    public IReadOnlyList<EnumSpec> Enums { get; init; } = [];
}

internal sealed class SpecSet
{
    public required IReadOnlyList<PanelSpec> Panels { get; init; }
    public required IReadOnlyList<RecordSpec> Groups { get; init; }
    public required IReadOnlyList<EnumSpec> Enums { get; init; }
    public required IReadOnlyDictionary<string, JsonObject> Upstream { get; init; }

    public IEnumerable<EnumSpec> AllEnums => Enums.Concat(Panels.SelectMany(p => p.Enums));
    public bool IsEnum(string type) => AllEnums.Any(e => e.Name == type);
    public RecordSpec Group(string name) =>
        Groups.FirstOrDefault(g => g.Name == name || g.Json == name || Camel(g.Name) == name || (g.Property is { } p && Camel(p) == name)) ?? throw new SpecException($"unknown group '{name}'");

    private static string Camel(string s) => char.ToLowerInvariant(s[0]) + s[1..];

    /// <summary>Properties of an upstream object definition, through $ref and allOf parts.</summary>
    public Dictionary<string, JsonNode> UpstreamProperties(string file, JsonObject def)
    {
        var schema = Upstream[file];
        var result = new Dictionary<string, JsonNode>();
        void Walk(JsonObject d, int depth)
        {
            if (depth > 8) return;
            if (d["$ref"] is JsonValue r) { Walk(schema["definitions"]![r.GetValue<string>().Split('/')[^1]]!.AsObject(), depth + 1); return; }
            if (d["properties"] is JsonObject props) foreach (var (k, v) in props) result.TryAdd(k, v!);
            if (d["allOf"] is JsonArray all) foreach (var part in all) Walk(part!.AsObject(), depth + 1);
        }
        Walk(def, 0);
        return result;
    }

    public static SpecSet Load(string specDir)
    {
        var upstream = new Dictionary<string, JsonObject>();
        foreach (var file in Directory.GetFiles(Path.Combine(specDir, "upstream"), "*.jsonschema.json").Order(StringComparer.Ordinal))
            upstream[Path.GetFileName(file)[..^".jsonschema.json".Length]] = Parse(file);

        var shared = Parse(Path.Combine(specDir, "shared.json"));
        var panels = Directory.GetFiles(Path.Combine(specDir, "panels"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => ReadPanel(Parse(f), Path.GetFileName(f))).ToList();
        return new SpecSet
        {
            Panels = panels,
            Groups = Array(shared, "groups").Select(g => ReadRecord(g.AsObject(), "shared.json")).ToList(),
            Enums = Array(shared, "enums").Select(e => ReadEnum(e.AsObject())).ToList(),
            Upstream = upstream,
        };
    }

    private static JsonObject Parse(string file) =>
        JsonNode.Parse(File.ReadAllText(file), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })?.AsObject()
        ?? throw new SpecException($"{file} is empty");

    private static IEnumerable<JsonNode> Array(JsonObject o, string key) =>
        o[key] is JsonArray a ? a.Select(n => n!) : [];

    private static string? Str(JsonObject o, string key) => o[key]?.GetValue<string>();

    private static PanelSpec ReadPanel(JsonObject o, string file)
    {
        var size = o["size"]!.AsArray();
        return new PanelSpec
        {
            Plugin = Str(o, "plugin")!,
            Panel = Str(o, "panel")!,
            Upstream = Str(o, "upstream"),
            Doc = Str(o, "doc"),
            Width = size[0]!.GetValue<int>(),
            Height = size[1]!.GetValue<int>(),
            Constructor = Array(o, "constructor").Select(c => (Str(c.AsObject(), "param")!, Str(c.AsObject(), "field")!)).ToList(),
            Options = ReadRecord(o["options"]!.AsObject(), file),
            FieldConfig = o["fieldConfig"] is JsonObject fc ? ReadRecord(fc, file) : null,
            Records = Array(o, "records").Select(r => ReadRecord(r.AsObject(), file)).ToList(),
            Enums = Array(o, "enums").Select(e => ReadEnum(e.AsObject())).ToList(),
        };
    }

    private static RecordSpec ReadRecord(JsonObject o, string file) => new()
    {
        Name = Str(o, "record") ?? throw new SpecException($"{file}: a record without a name"),
        Doc = Str(o, "doc"),
        Upstream = Str(o, "upstream"),
        Json = Str(o, "json"),
        Property = Str(o, "property"),
        Remember = o["remember"]?.GetValue<bool>() ?? false,
        Inline = o["inline"]?.GetValue<bool>() ?? false,
        WithMethods = o["withMethods"]?.GetValue<bool>() ?? false,
        ConfigureDoc = Str(o, "configureDoc"),
        PanelShortcuts = Array(o, "panelShortcuts").Select(s => s.GetValue<string>()).ToList(),
        Fields = Array(o, "fields").Select(f => ReadField(f.AsObject(), file)).ToList(),
        RawSchema = o["rawSchema"] is JsonObject raw ? raw.ToDictionary(kv => kv.Key, kv => kv.Value!.DeepClone().AsObject()) : new Dictionary<string, JsonObject>(),
    };

    private static FieldSpec ReadField(JsonObject o, string file)
    {
        RangeSpec? range = null;
        if (o["range"] is JsonObject r)
            range = new RangeSpec(r["min"]!.GetValue<double>(), r["max"]!.GetValue<double>(),
                r["minExclusive"]?.GetValue<bool>() ?? false, Str(r, "message")!);
        return new FieldSpec
        {
            Json = Str(o, "json") ?? throw new SpecException($"{file}: a field without a json key"),
            Name = Str(o, "name"),
            Type = Str(o, "type") ?? throw new SpecException($"{file}: field {Str(o, "json")} has no type"),
            Nullable = o["nullable"]?.GetValue<bool>() ?? false,
            Default = o["default"] is { } d ? d.GetValueKind() == JsonValueKind.String ? d.GetValue<string>() : d.ToJsonString() : null,
            Range = range,
            Fluent = Str(o, "fluent"),
            Param = Str(o, "param"),
            ParamDefault = o["paramDefault"] is { } pd ? pd.GetValueKind() == JsonValueKind.String ? pd.GetValue<string>() : pd.ToJsonString() : null,
            FluentDoc = Str(o, "fluentDoc"),
            Emit = Str(o, "emit"),
            Doc = Str(o, "doc"),
            CsType = Str(o, "csType"),
            Write = Str(o, "write"),
            Read = Str(o, "read"),
            EmitIf = Str(o, "emitIf"),
            NotUpstream = Str(o, "notUpstream"),
            Required = o["required"]?.GetValue<bool>() ?? false,
            Schema = o["schema"]?.DeepClone().AsObject(),
            Fields = Array(o, "fields").Select(f => ReadField(f.AsObject(), file)).ToList(),
        };
    }

    private static EnumSpec ReadEnum(JsonObject o) => new(
        Str(o, "enum")!,
        Str(o, "doc"),
        o["declare"]?.GetValue<bool>() ?? true,
        Str(o, "upstream"),
        o["values"]!.AsObject().Select(kv => (kv.Key, kv.Value!.GetValueKind() == JsonValueKind.Number ? kv.Value.ToJsonString() : kv.Value.GetValue<string>())).ToList())
    {
        Numeric = o["values"]!.AsObject().Any(kv => kv.Value!.GetValueKind() == JsonValueKind.Number),
    };
}

internal sealed class SpecException(string message) : Exception(message);
