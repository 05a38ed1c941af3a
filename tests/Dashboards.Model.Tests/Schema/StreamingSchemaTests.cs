using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboards.Model.Json;
using Dashboards.Model.Schema;

namespace Dashboards.Model.Tests.Schema;

/// <summary>
/// The schema check made while the JSON is written (<see cref="StreamingSchema"/>, <see cref="SchemaCursor"/>) must never
/// accept what the full validator (NJsonSchema) rejects. It replaces the second parse for every compiled dashboard, so
/// every class of violation caught before must still be caught, with the same errors (the full validator words them).
/// Documents are fed to it the way the compiler does for raw fields: as a JSON node written by the emitter's writer.
/// </summary>
public class StreamingSchemaTests
{
    private static bool StreamAccepts(string json, StreamingSchema? schema = null)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
            _ = node?.ToJsonString(); // duplicate property names surface here
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            return false; // not strict JSON, or duplicate names: the compiler never writes either
        }
        var cursor = new SchemaCursor(schema ?? SchemaValidator.StreamingPath);
        var writer = new GrafanaJsonWriter { Observer = cursor };
        writer.WriteNodeValue(node);
        return cursor.Accepted;
    }

    /// <summary>As <see cref="StreamAccepts"/>, with every string given as characters (how printed queries arrive).</summary>
    private static bool StreamAcceptsStringsAsSpans(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
            _ = node?.ToJsonString();
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
        var cursor = new SchemaCursor(SchemaValidator.StreamingPath);
        var writer = new GrafanaJsonWriter { Observer = new StringsAsSpans(cursor) };
        writer.WriteNodeValue(node);
        return cursor.Accepted;
    }

    private sealed class StringsAsSpans(SchemaCursor inner) : JsonWriteObserver
    {
        public override void StartObject() => inner.StartObject();
        public override void StartArray() => inner.StartArray();
        public override void EndObject() => inner.EndObject();
        public override void EndArray() => inner.EndArray();
        public override void Name(ReadOnlySpan<byte> utf8Name) => inner.Name(utf8Name);
        public override void Name(string name) => inner.Name(name);
        public override void String(string value) => inner.String(value.AsSpan());
        public override void Number(ReadOnlySpan<byte> written) => inner.Number(written);
        public override void Boolean(bool value) => inner.Boolean(value);
        public override void Null() => inner.Null();
        public override bool Rejected => inner.Rejected;
        public override object NextValueToken => inner.NextValueToken;
        public override void SkipCheckedValue(ReadOnlySpan<byte> written) => inner.SkipCheckedValue(written);
    }

    private static IReadOnlyList<SchemaError> Full(string json) => SchemaValidator.ValidateFully("Fuzz", Encoding.UTF8.GetBytes(json), json);

    [Fact]
    public void The_shipped_schema_uses_only_keywords_the_streaming_check_implements() =>
        Assert.Empty(SchemaValidator.StreamingPath.UnsupportedKeywords);

    [Theory]
    [InlineData(SchemaFixtures.Minimal)]
    [InlineData(SchemaFixtures.AllPanels)]
    public void Valid_fixtures_are_accepted(string json)
    {
        Assert.Empty(Full(json));
        Assert.True(StreamAccepts(json));
    }

    [Fact]
    public void Compiled_dashboards_of_every_panel_kind_are_accepted_while_written_and_every_token_is_seen()
    {
        var dashboard = Samples.Minimal()
            .AddPanel(new TimeSeriesPanel("ts").WithTargets(Samples.Up()))
            .AddPanel(new StatPanel("stat").WithTargets(Samples.Up()))
            .AddPanel(new GaugePanel("gauge").WithTargets(Samples.Up()))
            .AddPanel(new BarGaugePanel("bars").WithTargets(Samples.Up()))
            .AddPanel(new TablePanel("table").WithTargets(Samples.Up()))
            .AddPanel(new HeatmapPanel("heat").WithTargets(Samples.Up()))
            .AddPanel(new PieChartPanel("pie").WithTargets(Samples.Up()))
            .AddPanel(new BarChartPanel("bar").WithTargets(Samples.Up()))
            .AddPanel(new TextPanel("text", "# notes"))
            .AddPanel(new TimeSeriesPanel("ts2").WithTargets(Samples.Up()));
        for (var pass = 0; pass < 2; pass++) // the second pass copies remembered values
        {
            var cursor = SchemaValidator.StartCursor();
            cursor.CountCopiedTokens = true;
            var json = DashboardJson.Serialize(dashboard, LayoutEngine.Arrange(dashboard), cursor);
            Assert.Empty(SchemaValidator.ValidateFully("t", json, Encoding.UTF8.GetString(json)));
            Assert.True(cursor.Accepted, "pass " + pass);
            Assert.Equal(CountTokens(json), cursor.Tokens);
        }
    }

    [Fact]
    public void A_dashboard_with_raw_fields_is_checked_in_its_final_form()
    {
        var ok = Samples.Minimal().AddPanel(new StatPanel("p").WithTargets(Samples.Up()).WithRawField("fieldConfig.defaults.decimals", 2));
        var cursor = SchemaValidator.StartCursor();
        cursor.CountCopiedTokens = true;
        var json = DashboardJson.Serialize(ok, LayoutEngine.Arrange(ok), cursor);
        Assert.True(cursor.Accepted);
        Assert.Equal(CountTokens(json), cursor.Tokens);

        var bad = Samples.Minimal().AddPanel(new StatPanel("p").WithTargets(Samples.Up()).WithRawField("fieldConfig.defaults.decimals", 21));
        cursor = SchemaValidator.StartCursor();
        DashboardJson.Serialize(bad, LayoutEngine.Arrange(bad), cursor);
        Assert.False(cursor.Accepted);
    }

    /// <summary>Every rule of <see cref="SchemaRuleTests"/> (out of range, wrong type, missing, bad enum, pattern, nested rows ...).</summary>
    [Theory]
    [MemberData(nameof(SchemaRuleTests.Rules), MemberType = typeof(SchemaRuleTests))]
    public void Every_rule_violation_is_rejected(string editPath, string? newValue, string expectedPath, string expectedMessage)
    {
        _ = (expectedPath, expectedMessage);
        var json = JsonEdit.Apply(SchemaFixtures.AllPanels, editPath, newValue);
        Assert.False(StreamAccepts(json), $"accepted {editPath} = {newValue ?? "(removed)"}");
    }

    /// <summary>
    /// The escape hatches through the typed model (raw fields with wrong types, unknown enums, out-of-range values, wrong
    /// shapes) still fail the compile, with exactly the errors the full validator gives for the same JSON: the same
    /// dashboard, path and message.
    /// </summary>
    [Fact]
    public void Escape_hatch_violations_fail_the_compile_with_the_full_validators_errors()
    {
        var cases = new (string What, Dashboard Dashboard)[]
        {
            ("out of range, dashboard raw field", Samples.Minimal().WithRawField("graphTooltip", 7)),
            ("wrong type, dashboard raw field", Samples.Minimal().WithRawField("schemaVersion", "41")),
            ("bad pattern, dashboard raw field", Samples.Minimal().WithRawField("refresh", "5 minutes")),
            ("wrong shape, dashboard raw field", Samples.Minimal().WithRawField("time", "now-1h")),
            ("unknown panel type, dashboard raw field", Samples.Minimal().AddPanel(new StatPanel("p").WithTargets(Samples.Up()))
                .WithRawField("panels", JsonNode.Parse("""[{"type":"graph","id":1,"gridPos":{"h":1,"w":1,"x":0,"y":0}}]"""))),
            ("out of range, panel raw field", Samples.Minimal().AddPanel(new TimeSeriesPanel("p").WithTargets(Samples.Up())
                .WithRawField("fieldConfig.defaults.custom.fillOpacity", 150))),
            ("wrong type, panel raw field", Samples.Minimal().AddPanel(new StatPanel("p").WithTargets(Samples.Up())
                .WithRawField("fieldConfig.defaults.decimals", "2"))),
            ("not an integer, panel raw field", Samples.Minimal().AddPanel(new StatPanel("p").WithTargets(Samples.Up())
                .WithRawField("gridPos.w", 6.5))),
            ("unknown enum, panel raw field", Samples.Minimal().AddPanel(new TimeSeriesPanel("p").WithTargets(Samples.Up())
                .WithRawField("options.legend.placement", "top"))),
            ("required object removed, panel raw null", Samples.Minimal().AddPanel(new StatPanel("p").WithTargets(Samples.Up())
                .WithRawField("options.reduceOptions", null))),
            ("wrong shape, panel raw field", Samples.Minimal().AddPanel(new StatPanel("p").WithTargets(Samples.Up())
                .WithRawField("targets", "up"))),
            ("a row nested through a raw field", Samples.Minimal().AddPanel(new StatPanel("p").WithTargets(Samples.Up()))
                .WithRawField("panels", JsonNode.Parse("""[{"type":"row","id":1,"gridPos":{"h":1,"w":24,"x":0,"y":0},"collapsed":true,"panels":[{"type":"row","id":2,"gridPos":{"h":1,"w":24,"x":0,"y":1},"panels":[]}]}]"""))),
        };
        foreach (var (what, dashboard) in cases)
        {
            var errors = Compile.Errors(dashboard);
            var json = DashboardJson.Serialize(dashboard);
            var expected = SchemaValidator.ValidateFully(dashboard.Title, json, Encoding.UTF8.GetString(json))
                .Select(e => new CompileError(dashboard.Title, null, e.Path, "schema: " + e.Message)).ToArray();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, errors);
            Assert.All(errors, e => Assert.Equal(dashboard.Title, e.Dashboard));
            _ = what;
        }
    }

    /// <summary>
    /// Differential check against the full validator: random edits of the every-panel fixture (values of every JSON kind,
    /// removals, numbers at and beyond limits); whenever NJsonSchema finds an error the streaming check must reject, and
    /// it must accept most documents NJsonSchema accepts (or it would just be sending everything to the slow path).
    /// </summary>
    [Fact]
    public void Random_edits_the_full_validator_rejects_are_rejected()
    {
        var random = new Random(1717);
        var paths = CompiledSchemaTests.Paths(JsonNode.Parse(SchemaFixtures.AllPanels)!, "").ToArray();
        string[] values =
        [
            "null", "true", "false", "0", "-1", "1", "1.5", "-0.5", "2", "3", "4", "9", "12", "20", "21", "24", "25", "30", "90", "101",
            "128", "129", "1e3", "1.0", "\"\"", "\"x\"", "\"A\"", "\"1A\"", "\"auto\"", "\"none\"", "\"line\"", "\"row\"", "\"graph\"",
            "\"stat\"", "\"value\"", "\"range\"", "[]", "[1]", "[\"mean\"]", "{}", "{\"a\":1}",
        ];
        int rejectedByFull = 0, acceptedByFull = 0, acceptedByBoth = 0;
        for (var i = 0; i < 2000; i++)
        {
            var path = paths[random.Next(paths.Length)];
            var value = random.Next(8) == 0 ? null : values[random.Next(values.Length)];
            string json;
            try { json = JsonEdit.Apply(SchemaFixtures.AllPanels, path, value); }
            catch (ArgumentException) { continue; }
            var streamed = StreamAccepts(json);
            // Strings that arrive as characters (printed queries) are checked exactly as strings are.
            Assert.Equal(streamed, StreamAcceptsStringsAsSpans(json));
            if (Full(json).Count == 0)
            {
                acceptedByFull++;
                if (streamed) acceptedByBoth++;
                continue;
            }
            rejectedByFull++;
            Assert.False(streamed, $"the full validator rejects {path} = {value ?? "(removed)"}, the streaming check accepted it");
        }

        Assert.True(rejectedByFull > 400, $"only {rejectedByFull} edits were violations: the check would prove little");
        Assert.True(acceptedByBoth > acceptedByFull * 9 / 10, $"accepted {acceptedByBoth} of the {acceptedByFull} valid edits");
    }

    [Fact]
    public void A_oneOf_is_settled_by_its_discriminator_written_first_and_anything_else_is_left_to_the_full_validator()
    {
        var schema = StreamingSchema.Load("""
            {"type":"object","required":["type"],"properties":{"type":{"type":"string"}},
             "oneOf":[{"properties":{"type":{"enum":["a"]},"n":{"type":"integer","maximum":3}}},
                      {"properties":{"type":{"enum":["b"]},"n":{"type":"string"}}}]}
            """);
        Assert.Empty(schema.UnsupportedKeywords);
        Assert.True(StreamAccepts("""{"type":"a","n":3}""", schema));
        Assert.False(StreamAccepts("""{"type":"a","n":4}""", schema));
        Assert.False(StreamAccepts("""{"type":"a","n":"x"}""", schema));
        Assert.True(StreamAccepts("""{"type":"b","n":"x"}""", schema));
        Assert.False(StreamAccepts("""{"type":"c","n":"x"}""", schema));
        Assert.False(StreamAccepts("""{"type":1}""", schema));
        Assert.False(StreamAccepts("""{"n":3,"type":"a"}""", schema)); // valid, but not proven here: the full validator decides
        Assert.False(StreamAccepts("""{}""", schema));

        var undiscriminated = StreamingSchema.Load("""{"oneOf":[{"type":"number"},{"type":"integer","minimum":2}]}""");
        Assert.NotEmpty(undiscriminated.UnsupportedKeywords);
        Assert.False(StreamAccepts("1.5", undiscriminated));

        var unknown = StreamingSchema.Load("""{"type":"object","properties":{"a":{"type":"string","format":"date-time"}}}""");
        Assert.Contains(unknown.UnsupportedKeywords, k => k.Contains("format", StringComparison.Ordinal));
        Assert.False(StreamAccepts("""{"a":"x"}""", unknown));
        Assert.True(StreamAccepts("""{"b":"x"}""", unknown)); // the position with the unknown keyword is not reached
    }

    [Theory]
    [InlineData("""{"items":[{"type":"null"}],"additionalItems":{"type":"integer"},"minItems":1}""", "[null,1,2]", true)]
    [InlineData("""{"items":[{"type":"null"}],"additionalItems":{"type":"integer"},"minItems":1}""", "[null,1.5]", false)]
    [InlineData("""{"items":[{"type":"null"}],"additionalItems":{"type":"integer"},"minItems":1}""", "[]", false)]
    [InlineData("""{"items":{"not":{"enum":["row"]}}}""", """["a","row"]""", false)]
    [InlineData("""{"items":{"not":{"enum":["row"]}}}""", """["a",{"x":"row"}]""", true)]
    [InlineData("""{"allOf":[{"required":["a"]},{"properties":{"a":{"minimum":2}}}]}""", """{"a":2}""", true)]
    [InlineData("""{"allOf":[{"required":["a"]},{"properties":{"a":{"minimum":2}}}]}""", """{"a":1}""", false)]
    [InlineData("""{"allOf":[{"required":["a"]},{"properties":{"a":{"minimum":2}}}]}""", """{"b":3}""", false)]
    [InlineData("""{"additionalProperties":{"type":"number","exclusiveMaximum":1}}""", """{"a":0.5,"b":1}""", false)]
    [InlineData("""{"properties":{"s":{"minLength":2,"maxLength":2}}}""", """{"s":"🇦🇪x"}""", true)]
    [InlineData("""{"properties":{"s":{"minLength":2,"maxLength":2}}}""", """{"s":"x"}""", false)]
    [InlineData("""{"properties":{"e":{"enum":[1,"1",null]}}}""", """{"e":1.0}""", false)]
    [InlineData("""{"properties":{"e":{"enum":[1,"1",null]}}}""", """{"e":null}""", true)]
    [InlineData("""{"type":"object"}""", """{"a":1} """, true)]
    [InlineData("""{"type":"object"}""", "[]", false)]
    [InlineData("""{"anyOf":[{"type":"array","items":{"enum":["a"]}},{"type":"null"}]}""", """["a"]""", true)]
    [InlineData("""{"anyOf":[{"type":"array","items":{"enum":["a"]}},{"type":"null"}]}""", "null", true)]
    [InlineData("""{"anyOf":[{"type":"array","items":{"enum":["a"]}},{"type":"null"}]}""", """["b"]""", false)]
    [InlineData("""{"anyOf":[{"type":"array","items":{"enum":["a"]}},{"type":"null"}]}""", "\"a\"", false)]
    [InlineData("""{"oneOf":[{"type":"integer","minimum":2},{"type":"string"}]}""", "1", false)]
    [InlineData("""{"oneOf":[{"type":"integer","minimum":2},{"type":"string"}]}""", "2", true)]
    public void Small_schemas(string schema, string json, bool accepted) =>
        Assert.Equal(accepted, StreamAccepts(json, StreamingSchema.Load(schema)));

    private static long CountTokens(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        long n = 0;
        while (reader.Read()) n++;
        return n;
    }
}
