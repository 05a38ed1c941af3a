using System.Text.Json.Nodes;
using Dashboards.Model.Schema;

namespace Dashboards.Model.Tests.Schema;

public class SchemaValidatorTests
{
    private static readonly string[] PanelTypes = ["row", .. Model.PanelTypes.All.Select(t => t.PluginId)];

    [Fact]
    public void Minimal_dashboard_is_valid() =>
        Assert.Empty(SchemaValidator.Validate("Minimal", SchemaFixtures.Minimal));

    [Fact]
    public void Dashboard_with_every_panel_type_is_valid()
    {
        var types = JsonNode.Parse(SchemaFixtures.AllPanels)!["panels"]!.AsArray().Select(p => (string)p!["type"]!).ToHashSet();
        Assert.Superset(PanelTypes.ToHashSet(), types); // the fixture really covers every panel type

        Assert.Empty(SchemaValidator.Validate("All panels", SchemaFixtures.AllPanels));
    }

    [Fact]
    public void Error_names_the_dashboard_and_the_path()
    {
        var json = JsonEdit.Apply(SchemaFixtures.AllPanels, "panels[3].gridPos.w", "30");

        var error = Assert.Single(SchemaValidator.Validate("Cost Tracking", json));

        Assert.Equal(
            "Dashboard 'Cost Tracking': $.panels[3].gridPos.w: value 30 is greater than maximum 24 (the grid is 24 columns wide)",
            error.ToString());
    }

    [Fact]
    public void Utf8_overload_gives_the_same_errors()
    {
        var json = JsonEdit.Apply(SchemaFixtures.AllPanels, "panels[2].options.graphMode", "\"bars\"");

        Assert.Equal(
            SchemaValidator.Validate("D", json),
            SchemaValidator.Validate("D", System.Text.Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Utf8_with_a_byte_order_mark_is_accepted() =>
        Assert.Empty(SchemaValidator.Validate("D", [.. System.Text.Encoding.UTF8.Preamble, .. System.Text.Encoding.UTF8.GetBytes(SchemaFixtures.Minimal)]));

    [Fact]
    public void Several_errors_are_all_reported_in_path_order()
    {
        var json = SchemaFixtures.AllPanels;
        json = JsonEdit.Apply(json, "panels[10].options.sortOrder", "\"up\"");
        json = JsonEdit.Apply(json, "panels[2].gridPos.w", "0");
        json = JsonEdit.Apply(json, "uid", "\"no spaces allowed\"");
        json = JsonEdit.Apply(json, "panels[1].targets[0].refId", null);

        var paths = SchemaValidator.Validate("D", json).Select(e => e.Path).ToList();

        Assert.Equal(["$.panels[1].targets[0].refId", "$.panels[2].gridPos.w", "$.panels[10].options.sortOrder", "$.uid"], paths);
    }

    [Fact]
    public void Unknown_panel_type_is_reported_once_without_shape_noise()
    {
        var json = JsonEdit.Apply(SchemaFixtures.AllPanels, "panels[1].type", "\"graph\"");

        var error = Assert.Single(SchemaValidator.Validate("D", json));

        Assert.Equal("$.panels[1].type", error.Path);
        Assert.StartsWith("value 'graph' is not one of: row, timeseries, stat", error.Message);
    }

    [Fact]
    public void Missing_panel_type_is_reported()
    {
        var json = JsonEdit.Apply(SchemaFixtures.AllPanels, "panels[2].type", null);

        var error = Assert.Single(SchemaValidator.Validate("D", json));

        Assert.Equal(new SchemaError("D", "$.panels[2].type", "required property 'type' is missing"), error);
    }

    [Theory]
    [InlineData("{ \"uid\": ", "$")]
    [InlineData("{} {}", "$")]
    [InlineData("", "$")]
    [InlineData("{ 'uid': 'single quotes are not JSON' }", "$")]
    public void Text_that_is_not_JSON_gives_one_error_at_the_root(string text, string path)
    {
        var error = Assert.Single(SchemaValidator.Validate("Broken", text));

        Assert.Equal(path, error.Path);
        Assert.StartsWith("not valid JSON: ", error.Message);
    }

    [Fact]
    public void Root_that_is_not_an_object_is_rejected()
    {
        var error = Assert.Single(SchemaValidator.Validate("D", "[]"));

        Assert.Equal(new SchemaError("D", "$", "expected an object, got an array"), error);
    }

    [Fact]
    public void Date_like_strings_stay_strings()
    {
        var json = JsonEdit.Apply(SchemaFixtures.Minimal, "time", """{"from":"2026-01-01T00:00:00Z","to":"2026-01-02T00:00:00Z"}""");

        Assert.Empty(SchemaValidator.Validate("D", json));
    }

    [Fact]
    public void Unmodelled_extra_properties_are_allowed()
    {
        var json = JsonEdit.Apply(SchemaFixtures.AllPanels, "panels[1].options.someFutureOption", """{"x":1}""");
        json = JsonEdit.Apply(json, "gnetId", "\"1860\"");

        Assert.Empty(SchemaValidator.Validate("D", json));
    }

    [Fact]
    public void Concurrent_callers_get_the_same_answers()
    {
        var bad = JsonEdit.Apply(SchemaFixtures.AllPanels, "panels[2].gridPos.w", "30");
        var expected = SchemaValidator.Validate("D", bad);

        var results = new IReadOnlyList<SchemaError>[32];
        Parallel.For(0, results.Length, i => results[i] = SchemaValidator.Validate("D", i % 2 == 0 ? bad : SchemaFixtures.AllPanels));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(i % 2 == 0 ? expected : [], results[i]);
        }
    }

    [Fact]
    public void Schema_text_is_draft_07_with_a_shape_per_panel_type()
    {
        var schema = JsonNode.Parse(SchemaValidator.SchemaText)!;

        Assert.Equal("http://json-schema.org/draft-07/schema#", (string)schema["$schema"]!);
        Assert.Null(schema["$ref"]); // NJsonSchema needs a real root, not a bare $ref
        var branches = schema["definitions"]!["panel"]!["oneOf"]!.AsArray()
            .Select(b => schema["definitions"]![((string)b!["$ref"]!).Split('/')[^1]]!["properties"]!["type"]!["enum"]![0]!.GetValue<string>())
            .ToList();
        Assert.Equal(PanelTypes.Order(), branches.Order());
    }
}
