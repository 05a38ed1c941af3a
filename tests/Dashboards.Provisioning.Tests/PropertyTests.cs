using System.Text.Json.Nodes;
using CsCheck;

namespace Dashboards.Provisioning.Tests;

/// <summary>Properties over generated inputs: diffs that apply back, hashes blind to key order only.</summary>
public sealed class PropertyTests
{
    private static readonly Gen<string[]> Lines = Gen.Int[0, 6].Select(i => new[] { "a", "b", "c", "d", "{", "}", "  x" }[i]).Array[0, 25];

    [Fact]
    public void Applying_the_unified_diff_to_the_old_text_gives_the_new_text()
    {
        Gen.Select(Lines, Lines, Gen.Int[0, 4]).Sample((oldLines, newLines, context) =>
        {
            var oldText = string.Join('\n', oldLines);
            var newText = string.Join('\n', newLines);
            var diff = UnifiedDiff.Create(oldText, newText, "old", "new", context);
            Assert.Equal(newLines, Apply(oldLines, diff));
        });
    }

    [Fact]
    public void Reordering_object_keys_keeps_the_hash_and_changing_a_value_does_not()
    {
        var entries = Gen.Select(Gen.String.AlphaNumeric, Gen.Int[-1000, 1000]).Array[1, 12]
            .Select(pairs => pairs.DistinctBy(p => p.Item1).ToArray());
        entries.Sample(pairs =>
        {
            JsonObject Build(IEnumerable<(string, int)> items) => new(items.Select(p => KeyValuePair.Create(p.Item1, (JsonNode?)JsonValue.Create(p.Item2))));
            var forward = Build(pairs);
            var backward = Build(pairs.Reverse());
            Assert.Equal(CanonicalJson.Hash(forward), CanonicalJson.Hash(backward));
            var changed = Build(pairs.Select((p, i) => i == 0 ? (p.Item1, p.Item2 + 1) : p));
            Assert.NotEqual(CanonicalJson.Hash(forward), CanonicalJson.Hash(changed));
        });
    }

    [Fact]
    public void The_content_hash_equals_the_plain_hash_of_the_normalized_copy()
    {
        // The hash skips normalized-away fields in place and converts numbers without their text; a plain reference
        // (copy, remove, sort keys, print every number's text through double) must agree on parsed and built trees.
        Gen.Select(Gen.Int, Gen.Bool).Sample((seed, parse) =>
        {
            var random = new Random(seed);
            var root = RandomDashboard(random);
            if (parse)
            {
                root = JsonNode.Parse(root.ToJsonString())!.AsObject();
            }
            Assert.Equal(ReferenceHash(DashboardNormalizer.Normalize(root)), DashboardNormalizer.ContentHash(root));
        });
    }

    [Fact]
    public void The_hash_planned_from_a_document_is_the_hash_of_the_model_it_sends()
    {
        // Plans hash the document without building the model; the marker in the model that is sent must record
        // exactly the model's own content hash, or the next push would take our own save for an edit.
        Gen.Select(Gen.Int, Gen.Int[0, 4], Gen.Bool).Sample((seed, tagsCase, emptyUid) =>
        {
            var random = new Random(seed);
            var json = RandomDashboard(random);
            switch (tagsCase)
            {
                case 0: json.Remove("tags"); break;
                case 1: json["tags"] = "not-an-array"; break;
                case 2: json["tags"] = new JsonArray("a", 3, null, new JsonObject { ["b"] = 1 }); break;
                case 3: json["tags"] = new JsonArray("a", ManagedMarker.Tag); break;
                default: json["tags"] = new JsonArray(); break;
            }
            var document = new DashboardDocument(emptyUid ? "" : "uid-" + seed, "Title " + seed, TestSupport.Bots, json);
            var before = json.ToJsonString();
            var (model, hash) = DashboardNormalizer.Prepare(document, expectedVersion: 1 + random.Next(5));
            Assert.Equal(DashboardNormalizer.ContentHash(model), hash);
            Assert.Equal(ReferenceHash(DashboardNormalizer.Normalize(model)), hash);
            Assert.Equal(hash, DashboardPlanner.Classify(document, null).ContentHash);
            Assert.Equal(before, json.ToJsonString()); // the document is never changed
        });
    }

    private static readonly string[] NumberTexts =
        ["0", "-0", "1", "1.0", "1.50", "1e2", "1E-7", "0.1", "123456789012345678901234567890", "5e-324", "1.7976931348623157e308", "-12.5e+3", "9007199254740993", "2.5E-05",
         "1e14", "-1e14", "999999999999999", "1e15", "1e16", "123456789012345", "-123456789012345.0", "1e17", "4.0", "-7"];

    private static readonly string[] Pieces = ["a", "é", "<", ">", "\"", "\u2028", "\t", "😀", "\u007f"];

    private static readonly string[] Keys = ["a", "b", "A", "_", "é", "É", "z", "aa", "a\u0000", "\ud83d\ude00", "\uffff", "id", "version", "uid", "refresh"];

    private static JsonObject RandomDashboard(Random random)
    {
        var root = (JsonObject)RandomObject(random, 0);
        string[] grafanaOwned = ["id", "version", "uid", ManagedMarker.FieldName];
        foreach (var key in grafanaOwned.Where(_ => random.Next(2) == 0))
        {
            root[key] = key == "uid" && random.Next(2) == 0 ? "" : RandomNode(random, 2);
        }
        return root;
    }

    private static JsonNode? RandomNode(Random random, int depth) => random.Next(depth > 3 ? 6 : 8) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(string.Concat(Enumerable.Range(0, random.Next(6)).Select(_ => Pieces[random.Next(Pieces.Length)]))),
        3 => JsonNode.Parse(NumberTexts[random.Next(NumberTexts.Length)]),
        4 => random.Next(5) switch
        {
            0 => JsonValue.Create(random.Next(int.MinValue, int.MaxValue)),
            1 => JsonValue.Create(random.NextInt64()),
            2 => JsonValue.Create((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-30, 30))),
            3 => JsonValue.Create((decimal)Math.Round(random.NextDouble() * 1000, random.Next(6))),
            _ => JsonValue.Create((float)(random.NextDouble() * 100)),
        },
        5 => JsonValue.Create(random.Next(-100, 100)),
        6 => new JsonArray(Enumerable.Range(0, random.Next(4)).Select(_ => RandomNode(random, depth + 1)).ToArray()),
        _ => RandomObject(random, depth + 1),
    };

    private static JsonNode RandomObject(Random random, int depth)
    {
        var obj = new JsonObject();
        for (var i = random.Next(6); i > 0; i--)
        {
            obj[System.Text.RegularExpressions.Regex.Unescape(Keys[random.Next(Keys.Length)])] = RandomNode(random, depth + 1);
        }
        return obj;
    }

    /// <summary>The canonical hash as first written: a stream, keys sorted with LINQ, every number through its text.</summary>
    private static string ReferenceHash(JsonNode? node)
    {
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions
               { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, node);
        }
        return "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream.ToArray()));

        static void Write(System.Text.Json.Utf8JsonWriter writer, JsonNode? node)
        {
            switch (node)
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case JsonObject obj:
                    writer.WriteStartObject();
                    foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                    {
                        writer.WritePropertyName(key);
                        Write(writer, value);
                    }
                    writer.WriteEndObject();
                    break;
                case JsonArray array:
                    writer.WriteStartArray();
                    foreach (var item in array)
                    {
                        Write(writer, item);
                    }
                    writer.WriteEndArray();
                    break;
                case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                    var number = double.Parse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
                    writer.WriteRawValue(number.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String:
                    writer.WriteStringValue(value.GetValue<string>());
                    break;
                case JsonValue value:
                    writer.WriteBooleanValue(value.GetValueKind() == System.Text.Json.JsonValueKind.True);
                    break;
            }
        }
    }

    /// <summary>A minimal patch applier: checks context and removed lines against the old text.</summary>
    private static string[] Apply(string[] oldLines, string diff)
    {
        if (diff.Length == 0)
        {
            return oldLines;
        }
        var result = new List<string>();
        var position = 0;
        foreach (var line in diff.TrimEnd('\n').Split('\n').Skip(2))
        {
            if (line.StartsWith("@@", StringComparison.Ordinal))
            {
                var oldStart = int.Parse(line.Split(' ')[1].TrimStart('-').Split(',')[0], System.Globalization.CultureInfo.InvariantCulture) - 1;
                var start = Math.Max(oldStart, 0);
                while (position < start) result.Add(oldLines[position++]);
                continue;
            }
            var text = line[1..];
            switch (line[0])
            {
                case ' ':
                    Assert.Equal(oldLines[position], text);
                    result.Add(oldLines[position++]);
                    break;
                case '-':
                    Assert.Equal(oldLines[position], text);
                    position++;
                    break;
                case '+':
                    result.Add(text);
                    break;
            }
        }
        while (position < oldLines.Length) result.Add(oldLines[position++]);
        return result.ToArray();
    }
}
