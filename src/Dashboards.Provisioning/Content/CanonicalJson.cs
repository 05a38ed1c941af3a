using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dashboards.Provisioning;

/// <summary>
/// One canonical text form of a JSON tree: object keys sorted ordinally, numbers in shortest round-trip form.
/// Grafana re-serializes what it stores (Go maps, float64 numbers), so only a canonical form compares reliably.
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };
    private static readonly Comparison<KeyValuePair<string, JsonNode?>> ByKey = (a, b) => string.CompareOrdinal(a.Key, b.Key);

    // Hashing runs for every dashboard of every plan: one buffer and writer per thread, reused, instead of a stream,
    // a string and its UTF-8 copy per hash.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>Compact canonical text (used for hashing and equality).</summary>
    public static string ToCompactString(JsonNode? node) => Write(node, Compact);

    /// <summary>Indented canonical text (used for readable diffs).</summary>
    public static string ToIndentedString(JsonNode? node) => Write(node, Indented);

    /// <summary>"sha256:" followed by the lowercase hex SHA-256 of the compact canonical text.</summary>
    public static string Hash(JsonNode? node) => Hash(node, skipRootProperty: null);

    /// <summary>
    /// <see cref="Hash(JsonNode?)"/> of the node as if the root object's properties matching <paramref name="skipRootProperty"/>
    /// were removed and <paramref name="extraRootProperties"/> added: the hash of that edited copy, without the copy.
    /// </summary>
    internal static string Hash(JsonNode? node, Func<string, JsonNode?, bool>? skipRootProperty,
        IReadOnlyList<KeyValuePair<string, JsonNode?>>? extraRootProperties = null)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, Compact);
        writer.Reset(buffer);
        try
        {
            if (node is JsonObject root)
            {
                WriteObject(writer, root, skipRootProperty, extraRootProperties);
            }
            else
            {
                WriteNode(writer, node);
            }
            writer.Flush();
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.WrittenSpan, digest);
            return "sha256:" + Convert.ToHexStringLower(digest);
        }
        finally
        {
            if (buffer.Capacity > 4 * 1024 * 1024)
            {
                // One huge dashboard should not pin its buffer to the thread for good.
                t_buffer = null;
                t_writer = null;
            }
        }
    }

    private static string Write(JsonNode? node, JsonWriterOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            WriteNode(writer, node);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                WriteObject(writer, obj, skip: null, extra: null);
                break;
            case JsonArray array:
                writer.WriteStartArray();
                for (var i = 0; i < array.Count; i++)
                {
                    WriteNode(writer, array[i]);
                }
                writer.WriteEndArray();
                break;
            case JsonValue value:
                WriteValue(writer, value);
                break;
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, JsonObject obj, Func<string, JsonNode?, bool>? skip,
        IReadOnlyList<KeyValuePair<string, JsonNode?>>? extra)
    {
        var properties = ArrayPool<KeyValuePair<string, JsonNode?>>.Shared.Rent(Math.Max(obj.Count + (extra?.Count ?? 0), 1));
        try
        {
            var count = 0;
            foreach (var property in obj)
            {
                if (skip is null || !skip(property.Key, property.Value))
                {
                    properties[count++] = property;
                }
            }
            for (var i = 0; i < (extra?.Count ?? 0); i++)
            {
                properties[count++] = extra![i];
            }
            properties.AsSpan(0, count).Sort(ByKey);
            writer.WriteStartObject();
            for (var i = 0; i < count; i++)
            {
                writer.WritePropertyName(properties[i].Key);
                WriteNode(writer, properties[i].Value);
            }
            writer.WriteEndObject();
        }
        finally
        {
            ArrayPool<KeyValuePair<string, JsonNode?>>.Shared.Return(properties, clearArray: true);
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.Number:
                WriteNumber(writer, value);
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(value.GetValue<string>());
                break;
            case JsonValueKind.True:
                writer.WriteBooleanValue(true);
                break;
            case JsonValueKind.False:
                writer.WriteBooleanValue(false);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    /// <summary>A whole number below 1e15 in magnitude, not -0 (which "R" prints as "-0").</summary>
    private static bool IsPlainInteger(double number) =>
        Math.Abs(number) < 1e15 && number == Math.Floor(number) && !(number == 0 && double.IsNegative(number));

    /// <summary>
    /// 1, 1.0 and 1e0 are the same number to Grafana: print the shortest round-trip form of the double the JSON text
    /// denotes. Parsed numbers, doubles, ints and longs convert directly (exactly what parsing their text gives);
    /// anything else (decimal, float, ...) goes through its JSON text.
    /// </summary>
    private static void WriteNumber(Utf8JsonWriter writer, JsonValue value)
    {
        double number;
        if (value.TryGetValue<double>(out var d))
        {
            number = d;
        }
        else if (value.TryGetValue<int>(out var i))
        {
            number = i;
        }
        else if (value.TryGetValue<long>(out var l))
        {
            number = l;
        }
        else
        {
            number = double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        if (IsPlainInteger(number))
        {
            // The digits "R" prints for these, without the double formatter.
            writer.WriteNumberValue((long)number);
            return;
        }
        Span<byte> text = stackalloc byte[32];
        if (double.IsFinite(number) && number.TryFormat(text, out var written, "R", CultureInfo.InvariantCulture))
        {
            writer.WriteRawValue(text[..written], skipInputValidation: true);
        }
        else
        {
            // Not a JSON number (an overflow to infinity): let the writer reject it as before.
            writer.WriteRawValue(number.ToString("R", CultureInfo.InvariantCulture), skipInputValidation: false);
        }
    }
}
