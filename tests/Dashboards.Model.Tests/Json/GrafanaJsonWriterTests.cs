using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboards.Model.Json;

namespace Dashboards.Model.Tests.Json;

/// <summary>
/// The emitter's writer must write what Utf8JsonWriter (indented, UnsafeRelaxedJsonEscaping) writes, byte for byte:
/// the golden files and Grafana diffs depend on it. Random documents through both, compared.
/// </summary>
public class GrafanaJsonWriterTests
{
    private static readonly JsonWriterOptions Reference = new()
    {
        Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public void Characters_copied_as_is_are_exactly_those_the_encoder_leaves_alone()
    {
        for (var c = (char)0; c < 0x300; c++)
        {
            var encoded = JsonEncodedText.Encode(c.ToString(), JavaScriptEncoder.UnsafeRelaxedJsonEscaping).EncodedUtf8Bytes;
            var leftAlone = c < 0x80 && encoded.Length == 1 && encoded[0] == c;
            Assert.True(leftAlone == GrafanaJsonWriter.IsCopiedAsIs(c), $"U+{(int)c:X4}: encoder leaves it alone = {leftAlone}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_documents_match_Utf8JsonWriter(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 200; n++)
        {
            var document = RandomObject(random, depth: 0);
            var expected = WithUtf8JsonWriter(document);
            var writer = new GrafanaJsonWriter(capacity: 64); // small, so growing is exercised too
            WriteTyped(writer, document);
            Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(writer.Written));
        }
    }

    [Fact]
    public void Node_values_match_Utf8JsonWriter()
    {
        var random = new Random(42);
        for (var n = 0; n < 100; n++)
        {
            var document = RandomObject(random, depth: 0);
            var writer = new GrafanaJsonWriter();
            writer.WriteNodeValue(document);
            Assert.Equal(WithUtf8JsonWriter(document), writer.Written.ToArray());
        }
    }

    [Fact]
    public void Remembered_values_are_copied_only_at_the_depth_they_were_written_at()
    {
        var shared = new JsonObject { ["type"] = "prometheus", ["uid"] = "${datasource}", ["list"] = new JsonArray(1, 2) };
        var document = new JsonObject
        {
            ["a"] = shared.DeepClone(),
            ["b"] = shared.DeepClone(),
            ["nested"] = new JsonArray(new JsonObject { ["c"] = shared.DeepClone(), ["d"] = shared.DeepClone() }, new JsonObject()),
            ["e"] = shared.DeepClone(),
        };
        var writer = new GrafanaJsonWriter();
        for (var round = 0; round < 2; round++) // the second round copies from what the first remembered
        {
            writer.Reset();
            writer.WriteStartObject();
            writer.WriteRemembered("a"u8, shared, WriteTyped);
            writer.WriteRemembered("b"u8, shared, WriteTyped);
            writer.WriteStartArray("nested"u8);
            writer.WriteStartObject();
            writer.WriteRemembered("c"u8, shared, WriteTyped);
            writer.WriteRemembered("d"u8, shared, WriteTyped);
            writer.WriteEndObject();
            writer.WriteStartObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteRemembered("e"u8, shared, WriteTyped);
            writer.WriteEndObject();
            Assert.Equal(Encoding.UTF8.GetString(WithUtf8JsonWriter(document)), Encoding.UTF8.GetString(writer.Written));
        }
    }

    [Fact]
    public void Short_decimals_are_written_as_Utf8JsonWriter_writes_them()
    {
        // The writer formats thresholds and ratios (0.95, 12.5, -0.001) itself; every such number, at every magnitude
        // around the fast path's limits, must come out byte for byte as the library's shortest round-trip form.
        var random = new Random(17);
        var numbers = new List<double> { 0.001, 0.00099, 999999999.5, 1e9, 1e9 + 0.5, 0.1 + 0.2, 1.0 / 3, 123456.789012, 5e-324, -0.0 };
        for (var i = 0; i < 20_000; i++)
        {
            var decimals = random.Next(0, 9);
            var magnitude = Math.Pow(10, random.Next(-5, 11));
            var value = Math.Round(random.NextDouble() * magnitude, Math.Min(decimals, 15));
            numbers.Add(random.Next(2) == 0 ? value : -value);
        }
        var document = new JsonArray([.. numbers.Select(n => (JsonNode?)JsonValue.Create(n))]);
        var writer = new GrafanaJsonWriter();
        writer.WriteStartArray();
        foreach (var n in numbers) writer.WriteNumberValue(n);
        writer.WriteEndArray();
        Assert.Equal(Encoding.UTF8.GetString(WithUtf8JsonWriter(document)), Encoding.UTF8.GetString(writer.Written));
    }

    [Fact]
    public void Non_finite_numbers_are_refused()
    {
        var writer = new GrafanaJsonWriter();
        writer.WriteStartArray();
        Assert.Throws<ArgumentException>(() => writer.WriteNumberValue(double.NaN));
        Assert.Throws<ArgumentException>(() => writer.WriteNumberValue(double.PositiveInfinity));
    }

    private static byte[] WithUtf8JsonWriter(JsonNode node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, Reference);
        node.WriteTo(writer);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    // Walks the tree with the writer's typed calls (not WriteNodeValue, which hands primitives to System.Text.Json).
    private static void WriteTyped(GrafanaJsonWriter w, JsonObject node) => WriteTyped(w, (JsonNode)node);

    private static void WriteTyped(GrafanaJsonWriter w, JsonNode? node)
    {
        switch (node)
        {
            case null: w.WriteNullValue(); break;
            case JsonObject obj:
                w.WriteStartObject();
                foreach (var (key, child) in obj)
                {
                    w.WritePropertyName(key);
                    WriteTyped(w, child);
                }
                w.WriteEndObject();
                break;
            case JsonArray array:
                w.WriteStartArray();
                foreach (var item in array) WriteTyped(w, item);
                w.WriteEndArray();
                break;
            default:
                var value = node.AsValue();
                if (value.TryGetValue<string>(out var s)) w.WriteStringValue(s);
                else if (value.TryGetValue<int>(out var i)) w.WriteNumberValue(i);
                else if (value.TryGetValue<double>(out var d)) w.WriteNumberValue(d);
                else w.WriteBooleanValue(value.GetValue<bool>());
                break;
        }
    }

    private static JsonObject RandomObject(Random random, int depth)
    {
        var obj = new JsonObject();
        var count = random.Next(depth == 0 ? 1 : 0, 6);
        for (var i = 0; i < count; i++)
        {
            var key = RandomString(random) + "#" + i; // keys must be unique
            obj[key] = RandomNode(random, depth + 1);
        }
        return obj;
    }

    private static JsonNode? RandomNode(Random random, int depth)
    {
        var kind = random.Next(depth > 4 ? 5 : 7);
        switch (kind)
        {
            case 0: return null;
            case 1: return JsonValue.Create(RandomString(random));
            case 2: return JsonValue.Create(random.Next(int.MinValue, int.MaxValue));
            case 3: return JsonValue.Create(RandomDouble(random));
            case 4: return JsonValue.Create(random.Next(2) == 0);
            case 5: return RandomObject(random, depth);
            default:
                var array = new JsonArray();
                for (var i = random.Next(0, 5); i > 0; i--) array.Add(RandomNode(random, depth + 1));
                return array;
        }
    }

    private static readonly string[] Pieces =
    [
        "a", "Z", "0", " ", "-", "_", "$", "{", "}", "[", "]", ":", ",", "=~", "~", "<", ">", "&", "'", "+", "`", "/",
        "\"", "\\", "\n", "\t", "\r", "\b", "\f", "\u0001", "\u001f", "\u007f", "é", "ü", "–", "✓", "\u2028", "😀", "中文",
        "sum by (le) (rate(x{job=\"$job\"}[$__rate_interval]))", "${datasource}", "palette-classic", "abcdefghijklmnop",
    ];

    private static string RandomString(Random random)
    {
        var sb = new StringBuilder();
        var parts = random.Next(0, 12);
        // Mostly plain ASCII runs of every length (the writer copies 8 characters at a time), sometimes special ones.
        for (var i = 0; i < parts; i++)
            sb.Append(random.Next(4) == 0 ? Pieces[random.Next(Pieces.Length)] : new string((char)random.Next(0x20, 0x7F), random.Next(1, 20)));
        return sb.ToString();
    }

    private static double RandomDouble(Random random) => random.Next(6) switch
    {
        0 => random.Next(-1000, 1000),
        1 => random.NextDouble(),
        2 => Math.Round(random.NextDouble() * 1000, random.Next(0, 4)),
        3 => random.NextDouble() * Math.Pow(10, random.Next(-30, 30)),
        4 => -random.NextDouble() * 1e-5,
        _ => BitConverter.Int64BitsToDouble(random.NextInt64()) is var d && double.IsFinite(d) ? d : 0.5,
    };
}
