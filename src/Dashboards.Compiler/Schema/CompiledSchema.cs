using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dashboards.Model.Schema;

/// <summary>
/// The fast path of <see cref="SchemaValidator"/>: the same draft-07 schema compiled once into a tree of checks that
/// answer only "conforms or not", over <see cref="JsonDocument"/>, allocating nothing but the document.
/// </summary>
/// <remarks>
/// <para>It must never accept what the full validator (NJsonSchema) rejects; it may reject more. A rejected document goes
/// through the full validator, which finds the errors and words them; if the full validator finds none, the document is
/// valid. So the guarantee is the full validator's, and the common case (a valid dashboard) costs one parse and one walk.</para>
/// <para>Stricter where the two could differ: enum numbers must match the schema's text exactly (<c>1.0</c> is not
/// <c>1</c>), <c>integer</c> means a number written without fraction or exponent, duplicate property names are all checked.</para>
/// <para>A keyword it does not know (a regenerated schema may bring one) makes the node holding it reject everything,
/// which sends the documents that reach it to the full validator: slower, never weaker. <see cref="UnsupportedKeywords"/>
/// lists them, and a test keeps the shipped schema free of them.</para>
/// </remarks>
internal sealed class CompiledSchema
{
    // Keywords that describe and never constrain.
    private static readonly FrozenSet<string> Annotations = new[]
    {
        "$schema", "$id", "$comment", "title", "description", "default", "examples", "definitions", "x-hint", "deprecated", "readOnly", "writeOnly",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly JsonElement _document;
    private readonly Dictionary<string, Node> _refs = new(StringComparer.Ordinal);
    private readonly List<string> _unsupported = [];
    private readonly Node _root;

    private CompiledSchema(JsonElement document)
    {
        _document = document;
        _root = Compile(document, "#");
    }

    /// <summary>Compiles the schema text; throws when it is not a JSON object.</summary>
    public static CompiledSchema Load(string schemaText)
    {
        using var document = JsonDocument.Parse(schemaText);
        return new CompiledSchema(document.RootElement.Clone());
    }

    /// <summary>Schema locations and keywords this compiler does not implement (those nodes reject everything).</summary>
    public IReadOnlyList<string> UnsupportedKeywords => _unsupported;

    /// <summary>True when the UTF-8 JSON is strict RFC 8259 and conforms to the schema; false means "ask the full validator".</summary>
    public bool Accepts(ReadOnlySpan<byte> utf8Json)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            if (!JsonDocument.TryParseValue(ref reader, out document!)) return false;
            if (reader.Read()) { document.Dispose(); return false; } // trailing content
        }
        catch (JsonException)
        {
            return false;
        }

        using (document)
        {
            return _root.Accepts(document.RootElement);
        }
    }

    private Node Compile(JsonElement schema, string location)
    {
        if (schema.ValueKind == JsonValueKind.True) return Node.Any;
        if (schema.ValueKind == JsonValueKind.False) return Node.None;
        if (schema.ValueKind != JsonValueKind.Object) return Unsupported(location, "(schema is not an object)");

        if (schema.TryGetProperty("$ref", out var reference))
        {
            // Draft-07: siblings of $ref are ignored.
            return Ref(reference.GetString() ?? "", location);
        }

        var checks = new List<Check>();
        var cheap = new List<Check>(); // enum/const/type first: oneOf branches fail fast on their discriminator
        foreach (var keyword in schema.EnumerateObject())
        {
            var value = keyword.Value;
            var at = location + "/" + keyword.Name;
            switch (keyword.Name)
            {
                case "type":
                    cheap.Add(TypeCheck(value, at));
                    break;
                case "enum":
                    cheap.Add(EnumCheck(value));
                    break;
                case "const":
                    cheap.Add(EnumCheck(JsonDocument.Parse("[" + value.GetRawText() + "]").RootElement.Clone()));
                    break;
                case "properties":
                case "required":
                case "additionalProperties":
                    break; // compiled together below
                case "minimum":
                    { var limit = value.GetDouble(); checks.Add(e => e.ValueKind != JsonValueKind.Number || e.GetDouble() >= limit); }
                    break;
                case "maximum":
                    { var limit = value.GetDouble(); checks.Add(e => e.ValueKind != JsonValueKind.Number || e.GetDouble() <= limit); }
                    break;
                case "exclusiveMinimum" when value.ValueKind == JsonValueKind.Number:
                    { var limit = value.GetDouble(); checks.Add(e => e.ValueKind != JsonValueKind.Number || e.GetDouble() > limit); }
                    break;
                case "exclusiveMaximum" when value.ValueKind == JsonValueKind.Number:
                    { var limit = value.GetDouble(); checks.Add(e => e.ValueKind != JsonValueKind.Number || e.GetDouble() < limit); }
                    break;
                case "minLength":
                    { var limit = value.GetInt32(); checks.Add(e => e.ValueKind != JsonValueKind.String || TextLength(e) >= limit); }
                    break;
                case "maxLength":
                    { var limit = value.GetInt32(); checks.Add(e => e.ValueKind != JsonValueKind.String || TextLength(e) <= limit); }
                    break;
                case "pattern":
                    {
                        var regex = new Regex(value.GetString()!, RegexOptions.CultureInvariant);
                        checks.Add(e => e.ValueKind != JsonValueKind.String || WithString(e, static (text, r) => r.IsMatch(text), regex));
                    }
                    break;
                case "minItems":
                    { var limit = value.GetInt32(); checks.Add(e => e.ValueKind != JsonValueKind.Array || e.GetArrayLength() >= limit); }
                    break;
                case "maxItems":
                    { var limit = value.GetInt32(); checks.Add(e => e.ValueKind != JsonValueKind.Array || e.GetArrayLength() <= limit); }
                    break;
                case "items":
                    checks.Add(ItemsCheck(value, schema, at));
                    break;
                case "additionalItems":
                    break; // compiled with items
                case "allOf":
                    { var all = CompileAll(value, at); checks.Add(e => { foreach (var n in all) if (!n.Accepts(e)) return false; return true; }); }
                    break;
                case "anyOf":
                    { var any = CompileAll(value, at); checks.Add(e => { foreach (var n in any) if (n.Accepts(e)) return true; return false; }); }
                    break;
                case "oneOf":
                    {
                        var one = CompileAll(value, at);
                        checks.Add(e =>
                        {
                            var matches = 0;
                            foreach (var n in one)
                                if (n.Accepts(e) && ++matches > 1) return false;
                            return matches == 1;
                        });
                    }
                    break;
                case "not":
                    { var not = Compile(value, at); checks.Add(e => !not.Accepts(e)); }
                    break;
                default:
                    if (!Annotations.Contains(keyword.Name)) return Unsupported(location, keyword.Name);
                    break;
            }
        }

        if (schema.TryGetProperty("properties", out _) || schema.TryGetProperty("required", out _) || schema.TryGetProperty("additionalProperties", out _))
            checks.Add(ObjectCheck(schema, location));

        cheap.AddRange(checks);
        return new Node([.. cheap]);
    }

    private Node[] CompileAll(JsonElement schemas, string location) => SchemaItems.Compile(schemas, location, Compile);

    private Node Ref(string reference, string location)
    {
        if (_refs.TryGetValue(reference, out var known)) return known;
        if (!reference.StartsWith("#/", StringComparison.Ordinal)) return Unsupported(location, "$ref " + reference);

        var target = _document;
        foreach (var segment in reference[2..].Split('/'))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (target.ValueKind != JsonValueKind.Object || !target.TryGetProperty(name, out target))
                return Unsupported(location, "$ref " + reference + " (not found)");
        }

        // Register before compiling so recursive schemas (rows hold panels) refer to the node being built.
        var node = new Node([]);
        _refs[reference] = node;
        node.Checks = Compile(target, reference).Checks;
        return node;
    }

    private Check ObjectCheck(JsonElement schema, string location)
    {
        var properties = new Dictionary<string, Node>(StringComparer.Ordinal);
        var discriminators = new List<string>();
        if (schema.TryGetProperty("properties", out var declared))
        {
            foreach (var property in declared.EnumerateObject())
            {
                properties[property.Name] = Compile(property.Value, location + "/properties/" + property.Name);
                if (property.Value.ValueKind == JsonValueKind.Object
                    && (property.Value.TryGetProperty("enum", out _) || property.Value.TryGetProperty("const", out _)))
                {
                    discriminators.Add(property.Name);
                }
            }
        }

        var required = schema.TryGetProperty("required", out var names)
            ? names.EnumerateArray().Select(n => n.GetString()!).Distinct(StringComparer.Ordinal).ToArray()
            : [];
        var additional = schema.TryGetProperty("additionalProperties", out var extra) ? Compile(extra, location + "/additionalProperties") : null;

        // One entry per known name: its node (null when only required) and its bit among the required names.
        var entries = new Dictionary<string, (Node? Node, ulong Bit)>(StringComparer.Ordinal);
        foreach (var (name, node) in properties) entries[name] = (node, 0);
        for (var i = 0; i < required.Length; i++)
        {
            var bit = i < 64 ? 1UL << i : 0;
            entries[required[i]] = (entries.TryGetValue(required[i], out var known) ? known.Node : null, bit);
        }
        var lookup = entries.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var allRequired = required.Length >= 64 ? ulong.MaxValue : (1UL << required.Length) - 1;
        var overflow = required.Length > 64 ? required[64..] : [];
        var first = discriminators.Select(d => (Encoding.UTF8.GetBytes(d), properties[d])).ToArray();

        return e =>
        {
            if (e.ValueKind != JsonValueKind.Object) return true; // "type" decides whether non-objects are allowed
            foreach (var (name, node) in first)
                if (e.TryGetProperty(name, out var value) && !node.Accepts(value)) return false;
            var found = 0UL;
            foreach (var property in e.EnumerateObject())
            {
                if (WithName(property, lookup, out var entry))
                {
                    found |= entry.Bit;
                    if (entry.Node is { } node && !node.Accepts(property.Value)) return false;
                }
                else if (additional is not null && !additional.Accepts(property.Value))
                {
                    return false;
                }
            }
            if (found != allRequired) return false;
            foreach (var name in overflow)
                if (!e.TryGetProperty(name, out _)) return false;
            return true;
        };
    }

    // Looks the property's name up without allocating it (raw UTF-8, decoded on the stack; escaped names the slow way).
    private static bool WithName(
        JsonProperty property, FrozenDictionary<string, (Node? Node, ulong Bit)>.AlternateLookup<ReadOnlySpan<char>> lookup, out (Node? Node, ulong Bit) entry)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        if (raw.Length <= 128 && raw.IndexOf((byte)'\\') < 0)
        {
            Span<char> chars = stackalloc char[128];
            if (Encoding.UTF8.TryGetChars(raw, chars, out var written)) return lookup.TryGetValue(chars[..written], out entry);
        }
        return lookup.TryGetValue(property.Name, out entry);
    }

    private Check ItemsCheck(JsonElement items, JsonElement schema, string location)
    {
        if (items.ValueKind != JsonValueKind.Array)
        {
            var each = Compile(items, location);
            return e =>
            {
                if (e.ValueKind != JsonValueKind.Array) return true;
                foreach (var item in e.EnumerateArray())
                    if (!each.Accepts(item)) return false;
                return true;
            };
        }

        var tuple = CompileAll(items, location);
        var rest = schema.TryGetProperty("additionalItems", out var additional) ? Compile(additional, location + "/../additionalItems") : Node.Any;
        return e =>
        {
            if (e.ValueKind != JsonValueKind.Array) return true;
            var i = 0;
            foreach (var item in e.EnumerateArray())
            {
                if (!(i < tuple.Length ? tuple[i] : rest).Accepts(item)) return false;
                i++;
            }
            return true;
        };
    }

    private Check TypeCheck(JsonElement type, string location)
    {
        var allowed = 0;
        foreach (var name in type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()) : [type.GetString()])
        {
            allowed |= name switch
            {
                "object" => 1, "array" => 2, "string" => 4, "number" => 8 | 16, "integer" => 16, "boolean" => 32, "null" => 64,
                _ => 0,
            };
            if (name is not ("object" or "array" or "string" or "number" or "integer" or "boolean" or "null"))
            {
                _unsupported.Add(location + ": type " + name);
                return _ => false;
            }
        }

        return e => (allowed & Kind(e)) != 0;
    }

    private static int Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => 1,
        JsonValueKind.Array => 2,
        JsonValueKind.String => 4,
        JsonValueKind.Number => IsInteger(e) ? 16 : 8,
        JsonValueKind.True or JsonValueKind.False => 32,
        JsonValueKind.Null => 64,
        _ => 0,
    };

    // As Newtonsoft reads it: an integer token is a number written without fraction or exponent.
    private static bool IsInteger(JsonElement e)
    {
        var raw = JsonMarshal.GetRawUtf8Value(e);
        return raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0;
    }

    private static Check EnumCheck(JsonElement values)
    {
        var strings = new HashSet<string>(StringComparer.Ordinal);
        var others = new HashSet<string>(StringComparer.Ordinal); // numbers, booleans, null by their JSON text
        var complex = false;
        foreach (var value in values.EnumerateArray())
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String: strings.Add(value.GetString()!); break;
                case JsonValueKind.Object or JsonValueKind.Array: complex = true; break;
                default: others.Add(value.GetRawText()); break;
            }
        }

        if (complex) return _ => false; // not used by the schema: leave it to the full validator
        var stringLookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        var otherBytes = others.Select(o => Encoding.UTF8.GetBytes(o)).ToArray();
        return e =>
        {
            if (e.ValueKind == JsonValueKind.String) return WithString(e, static (text, set) => set.Contains(text), stringLookup);
            if (e.ValueKind is JsonValueKind.Object or JsonValueKind.Array) return false;
            var raw = JsonMarshal.GetRawUtf8Value(e);
            foreach (var other in otherBytes)
                if (raw.SequenceEqual(other)) return true;
            return false;
        };
    }

    // Runs a test over a string value's characters without allocating them when they are short and unescaped.
    private static bool WithString<TState>(JsonElement e, Func<ReadOnlySpan<char>, TState, bool> test, TState state)
    {
        var raw = JsonMarshal.GetRawUtf8Value(e);
        if (raw.Length >= 2 && raw.Length <= 258 && raw.IndexOf((byte)'\\') < 0)
        {
            Span<char> chars = stackalloc char[256];
            if (Encoding.UTF8.TryGetChars(raw[1..^1], chars, out var written)) return test(chars[..written], state);
        }
        return test(e.GetString(), state);
    }

    // NJsonSchema counts text elements (a flag with its modifiers is one).
    private static int TextLength(JsonElement e) => new StringInfo(e.GetString()!).LengthInTextElements;

    private Node Unsupported(string location, string keyword)
    {
        _unsupported.Add(location + ": " + keyword);
        return Node.None;
    }

    private delegate bool Check(JsonElement element);

    private sealed class Node(Check[] checks)
    {
        public static readonly Node Any = new([]);
        public static readonly Node None = new([_ => false]);

        public Check[] Checks { get; set; } = checks;

        public bool Accepts(JsonElement element)
        {
            foreach (var check in Checks)
                if (!check(element)) return false;
            return true;
        }
    }
}
