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
