using System.Text.Json.Nodes;

namespace Dashboards.Import.Tests;

/// <summary>
/// The corpus with random damage (a seeded fault injector): values replaced by null, a string, a number, an empty
/// array or object, anywhere in the JSON. Every damaged dashboard that is still a JSON object must import (the damage
/// kept raw or named in warnings, never an exception), compile unedited and build.
/// </summary>
public sealed class MutatedCorpusTests
{
    [Fact]
    public void Damaged_dashboards_import_compile_and_build()
    {
        var random = new Random(7);
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.json").Order(StringComparer.Ordinal).ToArray();
        var sources = new List<ImportSource>();
        var unexpected = new List<string>();
        for (var n = 0; n < 60; n++)
        {
            var file = files[random.Next(files.Length)];
            var root = JsonNode.Parse(File.ReadAllText(file))!;
            var places = new List<(JsonNode Parent, object Key)>();
            Walk(root, places);
            for (var m = 0; m < 8; m++)
            {
                var (parent, key) = places[random.Next(places.Count)];
                JsonNode? value = random.Next(5) switch { 0 => null, 1 => JsonValue.Create("x"), 2 => JsonValue.Create(-3.5), 3 => new JsonArray(), _ => new JsonObject() };
                if (parent is JsonObject o && o.ContainsKey((string)key)) o[(string)key] = value;
                else if (parent is JsonArray a && (int)key < a.Count) a[(int)key] = value;
            }
            if (root is not JsonObject) continue;
            ImportSource source;
            try { source = ImportSource.FromText($"damaged-{n}-{Path.GetFileName(file)}", root.ToJsonString()); }
            catch (ImportException) { continue; }
            var dashboard = (JsonObject)source.Dashboard.DeepClone();
            dashboard["uid"] = $"damaged-{n}";
            dashboard["title"] = $"Damaged {n}";
            source = source with { Dashboard = dashboard };
            try
            {
                DashboardImporter.Import([source], "Damaged");
                sources.Add(source);
            }
            catch (Exception e) { unexpected.Add($"{source.Path}: {e.GetType().Name}: {e.Message}"); }
        }
        Assert.Empty(unexpected);
        Assert.True(sources.Count >= 55, $"only {sources.Count} of 60 damaged dashboards could be read");
        var result = DashboardImporter.Import(sources, "Damaged");
        var assembly = CorpusRoundTripTests.Compile(result.Files);
        foreach (var d in result.Dashboards)
            Assert.NotNull(assembly.GetType($"Damaged.{d.ClassName}", throwOnError: true)!.GetMethod("Build")!.Invoke(null, null));
    }

    private static void Walk(JsonNode? node, List<(JsonNode, object)> places)
    {
        if (node is JsonObject o)
            foreach (var (k, v) in o.ToList()) { places.Add((o, k)); Walk(v, places); }
        else if (node is JsonArray a)
            for (var i = 0; i < a.Count; i++) { places.Add((a, i)); Walk(a[i], places); }
    }
}
