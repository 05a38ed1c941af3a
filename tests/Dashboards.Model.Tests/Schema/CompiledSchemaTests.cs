using System.Text;
using System.Text.Json.Nodes;
using Dashboards.Model.Schema;

namespace Dashboards.Model.Tests.Schema;

/// <summary>
/// The schema validator's fast path (<see cref="CompiledSchema"/>) must never accept what the full validator (NJsonSchema)
/// rejects: every class of violation the full validator catches must still be caught.
/// </summary>
public class CompiledSchemaTests
{
    private static bool FastAccepts(string json) => SchemaValidator.FastPath.Accepts(Encoding.UTF8.GetBytes(json));

    private static IReadOnlyList<SchemaError> Full(string json) => SchemaValidator.ValidateFully("Fuzz", Encoding.UTF8.GetBytes(json), json);

    [Fact]
    public void The_shipped_schema_uses_only_keywords_the_fast_path_implements() =>
        Assert.Empty(SchemaValidator.FastPath.UnsupportedKeywords);

    [Fact]
    public void An_unknown_keyword_sends_documents_to_the_full_validator()
    {
        var schema = CompiledSchema.Load("""{"type":"object","properties":{"a":{"type":"string","format":"date-time"}}}""");
        Assert.Contains(schema.UnsupportedKeywords, k => k.Contains("format", StringComparison.Ordinal));
        Assert.False(schema.Accepts("""{"a":"x"}"""u8));
        Assert.True(schema.Accepts("""{"b":"x"}"""u8)); // the node with the unknown keyword is not reached
    }

    [Theory]
    [InlineData(SchemaFixtures.Minimal)]
    [InlineData(SchemaFixtures.AllPanels)]
    public void Valid_fixtures_take_the_fast_path(string json)
    {
        Assert.Empty(Full(json));
        Assert.True(FastAccepts(json));
    }

    [Fact]
    public void Compiled_dashboards_of_every_panel_kind_take_the_fast_path()
    {
        var compiled = Compile.Ok(Samples.Minimal()
            .AddPanel(new TimeSeriesPanel("ts").WithTargets(Samples.Up()))
            .AddPanel(new StatPanel("stat").WithTargets(Samples.Up()))
            .AddPanel(new GaugePanel("gauge").WithTargets(Samples.Up()))
            .AddPanel(new BarGaugePanel("bars").WithTargets(Samples.Up()))
            .AddPanel(new TablePanel("table").WithTargets(Samples.Up()))
            .AddPanel(new HeatmapPanel("heat").WithTargets(Samples.Up())));
        Assert.True(SchemaValidator.FastPath.Accepts(compiled.Json));
    }

    /// <summary>Every rule of <see cref="SchemaRuleTests"/> (out of range, wrong type, missing, bad enum, pattern, nested rows ...).</summary>
    [Theory]
    [MemberData(nameof(SchemaRuleTests.Rules), MemberType = typeof(SchemaRuleTests))]
    public void Every_rule_violation_is_rejected_by_the_fast_path(string editPath, string? newValue, string expectedPath, string expectedMessage)
    {
        _ = (expectedPath, expectedMessage);
        var json = JsonEdit.Apply(SchemaFixtures.AllPanels, editPath, newValue);
        Assert.False(FastAccepts(json), $"fast path accepted {editPath} = {newValue ?? "(removed)"}");
    }

    [Theory]
    [InlineData("{\"uid\":\"a\",}")]
    [InlineData("{\"uid\":\"a\"} // comment")]
    [InlineData("{'uid':'a'}")]
    [InlineData("[1] [2]")]
    [InlineData("")]
    public void Text_that_is_not_strict_JSON_is_rejected(string text) => Assert.False(FastAccepts(text));

    /// <summary>Escape hatches through the typed model: raw fields, raw transformations, raw override values.</summary>
    [Fact]
    public void Escape_hatch_violations_still_fail_the_compile()
    {
        var cases = new (string What, Dashboard Dashboard)[]
        {
            ("out of range through a dashboard raw field", Samples.Minimal().WithRawField("graphTooltip", 7)),
            ("wrong type through a dashboard raw field", Samples.Minimal().WithRawField("schemaVersion", "41")),
            ("out of range through a panel raw field", Samples.Minimal().AddPanel(new TimeSeriesPanel("p").WithTargets(Samples.Up())
                .WithRawField("fieldConfig.defaults.custom.fillOpacity", 150))),
            ("wrong type through a panel raw field", Samples.Minimal().AddPanel(new StatPanel("p").WithTargets(Samples.Up())
                .WithRawField("fieldConfig.defaults.decimals", "2"))),
            ("bad enum through a panel raw field", Samples.Minimal().AddPanel(new TimeSeriesPanel("p").WithTargets(Samples.Up())
                .WithRawField("options.legend.placement", "top"))),
            ("removed required field through a raw null", Samples.Minimal().AddPanel(new StatPanel("p").WithTargets(Samples.Up())
                .WithRawField("options.reduceOptions", null))),
        };
        foreach (var (what, dashboard) in cases)
        {
            var errors = Compile.Errors(dashboard);
            Assert.True(errors.Any(e => e.Message.StartsWith("schema: ", StringComparison.Ordinal)), what + ": " + string.Join("; ", errors));
        }
    }

    /// <summary>
    /// Differential check against the full validator: random edits of the every-panel fixture (values of every JSON kind,
    /// removals, numbers at and beyond limits); whenever NJsonSchema finds an error the fast path must reject.
    /// </summary>
    [Fact]
    public void Random_edits_the_full_validator_rejects_are_rejected_by_the_fast_path()
    {
        var random = new Random(17);
        var paths = Paths(JsonNode.Parse(SchemaFixtures.AllPanels)!, "").ToArray();
        string[] values =
        [
            "null", "true", "false", "0", "-1", "1", "1.5", "-0.5", "2", "3", "4", "9", "12", "21", "24", "25", "30", "90", "101",
            "128", "129", "1e3", "\"\"", "\"x\"", "\"A\"", "\"1A\"", "\"auto\"", "\"none\"", "\"line\"", "\"row\"", "\"graph\"",
            "[]", "[1]", "[\"mean\"]", "{}", "{\"a\":1}",
        ];
        int rejectedByFull = 0, tried = 0;
        for (var i = 0; i < 1500; i++)
        {
            var path = paths[random.Next(paths.Length)];
            var value = random.Next(8) == 0 ? null : values[random.Next(values.Length)];
            string json;
            try { json = JsonEdit.Apply(SchemaFixtures.AllPanels, path, value); }
            catch (ArgumentException) { continue; }
            tried++;
            if (Full(json).Count == 0) continue;
            rejectedByFull++;
            Assert.False(FastAccepts(json), $"the full validator rejects {path} = {value ?? "(removed)"}, the fast path accepted it");
        }

        Assert.True(rejectedByFull > 300, $"only {rejectedByFull} of {tried} edits were violations: the check would prove little");
    }

    /// <summary>Every JSON path under <paramref name="node"/>, for random-edit tests.</summary>
    internal static IEnumerable<string> Paths(JsonNode node, string prefix)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    var path = prefix.Length == 0 ? name : prefix + "." + name;
                    yield return path;
                    if (child is not null) foreach (var p in Paths(child, path)) yield return p;
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var path = $"{prefix}[{i}]";
                    yield return path;
                    if (array[i] is { } child) foreach (var p in Paths(child, path)) yield return p;
                }
                break;
        }
    }
}
