using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Dashboards.Model.Schema;

/// <summary>
/// Validates emitted dashboard JSON against the SDK's own schema (<c>dashboard.schema.json</c>, embedded).
/// </summary>
/// <remarks>
/// Valid documents take the fast path (<see cref="CompiledSchema"/>: pass or fail, no messages); the rest are validated
/// here in full, so the errors and the guarantee are NJsonSchema's.
/// The schema selects a panel's shape with a <c>oneOf</c> whose branches have disjoint <c>type</c> enums.
/// NJsonSchema evaluates every branch of a <c>oneOf</c>, which costs about five times the rest of the
/// validation, so the loaded copy drops that <c>oneOf</c> and this class validates each panel against the
/// one branch its <c>type</c> names. With disjoint enums that is exactly what "one of" means, and the errors
/// come from the branch the author meant instead of from all thirteen.
/// </remarks>
public static class SchemaValidator
{
    private const string ResourceName = "Dashboards.Model.Schema.dashboard.schema.json";
    private const string PanelDefinition = "panel";

    private static readonly Lazy<string> Text = new(ReadSchemaText, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<LoadedSchema> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<CompiledSchema> Compiled = new(() => CompiledSchema.Load(SchemaText), LazyThreadSafetyMode.ExecutionAndPublication);

    // From the resource's UTF-8 bytes: decoding them to SchemaText and encoding that back for the parser cost a short
    // emit about 3 % of its start-up (docs/benchmarks.md, cold start).
    private static readonly Lazy<StreamingSchema> Streaming = new(() => StreamingSchema.Load(ReadSchemaBytes()), LazyThreadSafetyMode.ExecutionAndPublication);
    [ThreadStatic] private static SchemaCursor? t_cursor;

    /// <summary>The schema compiled for checking while writing (see <see cref="StreamingSchema"/>); internal for tests.</summary>
    internal static StreamingSchema StreamingPath => Streaming.Value;

    /// <summary>
    /// This thread's cursor, reset: pass it to the JSON writer, then read <see cref="SchemaCursor.Accepted"/>. A document it
    /// accepts conforms; any other goes through <see cref="Validate(string, byte[])"/> for the verdict and the errors.
    /// </summary>
    internal static SchemaCursor StartCursor()
    {
        var cursor = t_cursor ??= new SchemaCursor(Streaming.Value);
        cursor.Reset();
        return cursor;
    }

    /// <summary>
    /// Loads the schema as the compiler checks it while writing (the embedded JSON parsed, the root plan merged), which
    /// otherwise happens in the first compile. A host can call it on another thread at start-up (<c>DashboardsCli</c>
    /// does, while the catalog is built). Thread-safe; later calls return at once.
    /// </summary>
    public static void Preload() => _ = Streaming.Value;

    /// <summary>The fast path (see <see cref="CompiledSchema"/>); internal for tests and benchmarks.</summary>
    internal static CompiledSchema FastPath => Compiled.Value;

    /// <summary>The schema as shipped (standard draft-07; any validator can use it).</summary>
    public static string SchemaText => Text.Value;

    /// <summary>Validates one dashboard's JSON; an empty list means it conforms.</summary>
    /// <param name="dashboardTitle">Names the dashboard in every error.</param>
    /// <param name="json">The dashboard JSON (the classic model, not wrapped in a save request).</param>
    public static IReadOnlyList<SchemaError> Validate(string dashboardTitle, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Validate(dashboardTitle, Encoding.UTF8.GetBytes(json), json);
    }

    /// <summary>Validates UTF-8 dashboard JSON, as the compiler produces it.</summary>
    public static IReadOnlyList<SchemaError> Validate(string dashboardTitle, byte[] utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var bom = Encoding.UTF8.Preamble;
        if (utf8Json.AsSpan().StartsWith(bom))
        {
            utf8Json = utf8Json[bom.Length..];
        }

        ArgumentNullException.ThrowIfNull(dashboardTitle);
        return Compiled.Value.Accepts(utf8Json) ? [] : ValidateFully(dashboardTitle, utf8Json, Encoding.UTF8.GetString(utf8Json));
    }

    private static IReadOnlyList<SchemaError> Validate(string dashboardTitle, byte[] utf8Json, string json)
    {
        ArgumentNullException.ThrowIfNull(dashboardTitle);

        // Fast path: a conforming document is proven so by the compiled schema. Anything else (an error, or a keyword the
        // compiled schema does not know) goes through NJsonSchema, which finds and words the errors.
        if (Compiled.Value.Accepts(utf8Json))
        {
            return [];
        }

        return ValidateFully(dashboardTitle, utf8Json, json);
    }

    /// <summary>The full validator (NJsonSchema) without the fast path; internal for the tests that compare the two.</summary>
    internal static IReadOnlyList<SchemaError> ValidateFully(string dashboardTitle, byte[] utf8Json, string json)
    {
        if (SyntaxError(utf8Json) is { } syntaxError)
        {
            return [new SchemaError(dashboardTitle, "$", $"not valid JSON: {syntaxError}")];
        }

        var root = Parse(json);
        var schema = Loaded.Value;
        var validator = new JsonSchemaValidator();
        var translator = new SchemaErrorTranslator(dashboardTitle);

        translator.Add(validator.Validate(root, schema.Root));
        if (root is JObject dashboard && dashboard["panels"] is JArray panels)
        {
            ValidatePanels(panels, schema, validator, translator, insideRow: false);
        }

        return translator.Finish();
    }

    private static void ValidatePanels(
        JArray panels, LoadedSchema schema, JsonSchemaValidator validator, SchemaErrorTranslator translator, bool insideRow)
    {
        foreach (var panel in panels)
        {
            // An unknown or missing type is already reported by the common panel schema.
            if (panel is not JObject obj || obj["type"] is not JValue { Type: JTokenType.String } typeToken
                || !schema.PanelShapes.TryGetValue((string)typeToken!, out var shape))
            {
                continue;
            }

            var isRow = (string)typeToken! == "row";
            if (isRow && insideRow)
            {
                continue; // reported as "rows cannot be nested" by the enclosing row
            }

            translator.Add(validator.Validate(obj, shape));
            if (isRow && obj["panels"] is JArray children)
            {
                ValidatePanels(children, schema, validator, translator, insideRow: true);
            }
        }
    }

    /// <summary>
    /// Strict RFC 8259 check (Newtonsoft, which NJsonSchema needs, would accept comments, single quotes and
    /// trailing commas that Grafana's parser rejects).
    /// </summary>
    private static string? SyntaxError(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(utf8Json);
            while (reader.Read())
            {
            }

            return null;
        }
        catch (System.Text.Json.JsonException e)
        {
            return e.Message;
        }
    }

    private static JToken Parse(string json)
    {
        // Keep date-like strings as strings: the schema types them as strings.
        using var reader = new JsonTextReader(new StringReader(json))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
        };
        return JToken.ReadFrom(reader);
    }

    private static string ReadSchemaText() => Encoding.UTF8.GetString(ReadSchemaBytes());

    private static byte[] ReadSchemaBytes()
    {
        using var stream = typeof(SchemaValidator).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing from {typeof(SchemaValidator).Assembly.GetName().Name}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;
    }


    private static LoadedSchema Load()
    {
        var root = JsonSchema.FromJsonAsync(SchemaText).GetAwaiter().GetResult();
        var panel = root.Definitions[PanelDefinition];
        var shapes = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var branch in panel.OneOf)
        {
            var shape = branch.ActualSchema;
            var types = shape.Properties.TryGetValue("type", out var type) ? type.ActualSchema.Enumeration : [];
            foreach (var value in types)
            {
                if (value is not string name || !shapes.TryAdd(name, shape))
                {
                    throw new InvalidOperationException($"Panel branch type enums must be distinct strings; '{value}' is not.");
                }
            }
        }

        panel.OneOf.Clear(); // validated per panel by ValidatePanels
        return new LoadedSchema(root, shapes);
    }

    private sealed record LoadedSchema(JsonSchema Root, IReadOnlyDictionary<string, JsonSchema> PanelShapes);
}
