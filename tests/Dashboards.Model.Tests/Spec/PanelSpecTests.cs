using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboards.Generator;

namespace Dashboards.Model.Tests.Spec;

/// <summary>
/// The panel specs (src/Dashboards.Model/Spec) and what is generated from them: the checked-in files are what the
/// generator writes today, the reader gives back every golden panel, and the registry knows every panel type.
/// </summary>
public class PanelSpecTests
{
    private static string RepoRoot([CallerFilePath] string file = "")
    {
        var dir = Path.GetDirectoryName(file)!;
        while (!File.Exists(Path.Combine(dir, "Dashboards.sln"))) dir = Path.GetDirectoryName(dir)!;
        return dir;
    }

    [Fact]
    public void Checked_in_generated_files_match_the_spec()
    {
        var root = RepoRoot();
        var stale = PanelSpecGenerator.Generate(root)
            .Where(f => !File.Exists(Path.Combine(root, f.Key)) || File.ReadAllText(Path.Combine(root, f.Key)) != f.Value)
            .Select(f => f.Key).ToList();
        Assert.True(stale.Count == 0, "Stale generated files (run `dotnet run --project src/Dashboards.Generator`): " + string.Join(", ", stale));
    }

    [Fact]
    public void Every_generated_file_is_written_by_the_generator()
    {
        var root = RepoRoot();
        var generated = PanelSpecGenerator.Generate(root).Keys.ToHashSet();
        var onDisk = Directory.GetFiles(Path.Combine(root, "src"), "*.g.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'));
        Assert.DoesNotContain(onDisk, f => !generated.Contains(f));
    }

    public static TheoryData<string> GoldenFiles()
    {
        var root = RepoRoot();
        var data = new TheoryData<string>();
        foreach (var dir in new[] { "tests/Dashboards.Model.Tests/Golden", "tests/Dashboards.Suites.Tests/Golden" })
            foreach (var file in Directory.GetFiles(Path.Combine(root, dir), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        return data;
    }

    /// <summary>
    /// Reads each panel of a golden file into the model and emits it again: options and custom field config come back
    /// key for key, in the same order, and nothing is left over as a raw field.
    /// </summary>
    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void Reader_gives_back_every_golden_panel(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepoRoot(), file)));
        var panels = 0;
        foreach (var panel in Panels(doc.RootElement))
        {
            var type = panel.GetProperty("type").GetString()!;
            var read = PanelJsonReader.Read(type, panel);
            Assert.Empty(read.RawFields.Select(r => r.Path));
            var emitted = Emitted.FirstPanel(Samples.Minimal().AddPanel(read));
            Assert.Equal(Compact(panel.GetProperty("options")), Compact(emitted.GetProperty("options")));
            Assert.Equal(Custom(panel), Custom(emitted));
            panels++;
        }
        Assert.True(panels > 0, $"{file} has no panels");
    }

    [Fact]
    public void Reader_keeps_unknown_keys_and_values_it_cannot_type_as_raw_fields()
    {
        var json = """
            {"type": "stat", "title": "T", "options": {"graphMode": "sparkle", "colorMode": "background", "newFlag": {"a": 1}},
             "fieldConfig": {"defaults": {"custom": {"someCustom": true}}}}
            """;
        using var doc = JsonDocument.Parse(json);
        var panel = (StatPanel)PanelJsonReader.Read("stat", doc.RootElement);

        Assert.Equal("T", panel.Title);
        Assert.Equal(StatColorMode.Background, panel.Options.ColorMode);
        Assert.Equal(StatGraphMode.Area, panel.Options.GraphMode); // "sparkle" is no StatGraphMode: kept raw, not guessed
        Assert.Equal(["options.graphMode", "options.newFlag", "fieldConfig.defaults.custom.someCustom"], panel.RawFields.Select(r => r.Path));

        var emitted = Emitted.FirstPanel(Samples.Minimal().AddPanel(panel));
        Assert.Equal("sparkle", emitted.At("options.graphMode").GetString());
        Assert.Equal(1, emitted.At("options.newFlag.a").GetInt32());
        Assert.True(emitted.At("fieldConfig.defaults.custom.someCustom").GetBoolean());
    }

    [Theory]
    [InlineData("""{"fieldConfig": null}""")]
    [InlineData("""{"fieldConfig": 3}""")]
    [InlineData("""{"fieldConfig": [1]}""")]
    [InlineData("""{"fieldConfig": {"defaults": null, "overrides": null}}""")]
    [InlineData("""{"fieldConfig": {"defaults": "x", "overrides": {}}}""")]
    [InlineData("""{"fieldConfig": {"defaults": {"custom": null}}}""")]
    [InlineData("""{"fieldConfig": {"defaults": {"custom": [true]}}}""")]
    [InlineData("""{"options": null, "fieldConfig": {"defaults": {"custom": 7}}}""")]
    [InlineData("""{"options": "legend"}""")]
    public void Reader_reads_a_null_or_non_object_options_or_field_config_as_absent(string shape)
    {
        var json = JsonNode.Parse(shape)!.AsObject();
        json["title"] = "T";
        using var panelDoc = JsonDocument.Parse(json.ToJsonString());

        foreach (var type in PanelTypes.All)
        {
            var panel = PanelJson.ReadOptions(type.PluginId, panelDoc.RootElement)!;
            Assert.Equal("T", panel.Title);
            Assert.Empty(panel.RawFields);
            Assert.Equal(type.Create("T"), panel);
        }
    }

    [Fact]
    public void Reader_keeps_unknown_keys_beside_a_null_defaults_value()
    {
        using var doc = JsonDocument.Parse("""
            {"title": "T", "options": {"legend": {"showLegend": false}, "extra": 1}, "fieldConfig": {"defaults": {"custom": null}, "overrides": null}}
            """);
        var panel = (TimeSeriesPanel)PanelJson.ReadOptions("timeseries", doc.RootElement)!;
        Assert.False(panel.Options.Legend.ShowLegend);
        Assert.Equal(["options.extra"], panel.RawFields.Select(r => r.Path));
    }

    [Fact]
    public void Reader_types_the_graph_styles_bar_width_line_style_null_insertion_and_hidden_series()
    {
        using var doc = JsonDocument.Parse("""
            {"fieldConfig": {"defaults": {"custom": {"barWidthFactor": 0.6, "lineStyle": {"fill": "dot", "dash": [0, 10]},
             "insertNulls": 300000, "hideFrom": {"legend": false, "tooltip": true, "viz": false}}}}}
            """);
        var style = ((TimeSeriesPanel)PanelJson.ReadOptions("timeseries", doc.RootElement)!).FieldConfig.Style;
        Assert.Equal(0.6, style.BarWidthFactor);
        Assert.Equal(new LineStyle(LineFill.Dot, [0, 10]), style.LineStyle);
        Assert.Equal(TimeSpan.FromMinutes(5), style.InsertNulls);
        Assert.Equal(new HideFrom(Viz: false, Legend: false, Tooltip: true), style.HiddenFrom);
    }

    [Theory]
    [InlineData("insertNulls", "false", true)]
    [InlineData("insertNulls", "60000", false)]
    [InlineData("insertNulls", "true", true)]
    [InlineData("insertNulls", "-5", true)]
    [InlineData("lineStyle", """{"fill": "wavy"}""", true)]
    [InlineData("lineStyle", """{"fill": "solid"}""", false)]
    [InlineData("lineStyle", """{"fill": "dash", "dash": []}""", true)]
    [InlineData("lineStyle", """{"fill": "dash", "dash": ["10"]}""", true)]
    [InlineData("hideFrom", """{"legend": true}""", true)]
    [InlineData("hideFrom", """{"legend": true, "tooltip": false, "viz": false, "x": 1}""", true)]
    public void Reader_keeps_graph_style_values_it_cannot_type_raw(string key, string value, bool raw)
    {
        using var doc = JsonDocument.Parse("{\"fieldConfig\": {\"defaults\": {\"custom\": {\"" + key + "\": " + value + "}}}}");
        var panel = PanelJson.ReadOptions("timeseries", doc.RootElement)!;
        Assert.Equal(raw ? ["fieldConfig.defaults.custom." + key] : [], panel.RawFields.Select(r => r.Path));
    }

    [Fact]
    public void Graph_style_methods_check_their_ranges()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GraphStyle.Default.WithBarWidthFactor(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => GraphStyle.Default.InsertNullsAfter(TimeSpan.Zero));
        Assert.Equal(0.5, GraphStyle.Default.WithBarWidthFactor(0.5).BarWidthFactor);
    }

    [Fact]
    public void Registry_lists_every_panel_record_once_and_creates_it()
    {
        var records = typeof(Panel).Assembly.GetTypes().Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(Panel))).ToHashSet();
        Assert.Equal(records.OrderBy(t => t.Name), PanelTypes.All.Select(t => t.ClrType).OrderBy(t => t.Name));
        Assert.Equal(PanelTypes.All.Length, PanelTypes.All.Select(t => t.PluginId).Distinct().Count());
        foreach (var type in PanelTypes.All)
        {
            var panel = type.Create("x");
            Assert.IsType(type.ClrType, panel);
            Assert.Equal(type.PluginId, panel.PluginId);
            Assert.Same(type, PanelTypes.Find(type.PluginId));
        }
    }

    [Fact]
    public void Enum_names_go_both_ways_and_undefined_values_throw()
    {
        foreach (var mode in Enum.GetValues<StatColorMode>())
        {
            Assert.True(GrafanaNames.TryParse(GrafanaNames.Of(mode), out StatColorMode back));
            Assert.Equal(mode, back);
        }
        Assert.False(GrafanaNames.TryParse("sparkle", out StatGraphMode _));
        Assert.Throws<ArgumentOutOfRangeException>(() => GrafanaNames.Of((LegendDisplayMode)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => GrafanaNames.Of((TableCellType)42));
    }

    [Fact]
    public void Field_overrides_check_the_same_ranges_as_the_panels()
    {
        var o = new FieldOverride(FieldMatcher.ByName("a"));
        Assert.Throws<ArgumentOutOfRangeException>(() => o.FillOpacity(150));
        Assert.Throws<ArgumentOutOfRangeException>(() => o.LineWidth(11));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BarChartPanel("b").LineWidth(11));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StateTimelinePanel("s").LineWidth(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StateTimelinePanel("s").FillOpacity(101));
        Assert.Equal(100, o.FillOpacity(100).Properties[0] is { } p ? (int)PropertyValue(p) : 0);
    }

    /// <summary>
    /// The JSON Schema's panel branches (generated into Schema/dashboard.schema.json from the specs) and the specs agree:
    /// every key a spec writes is a property of the panel's schema branch, and every Grafana name of a spec enum is allowed there.
    /// </summary>
    [Fact]
    public void Schema_branches_declare_every_key_and_name_the_specs_write()
    {
        var root = RepoRoot();
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "src/Dashboards.Compiler/Schema/dashboard.schema.json")))!.AsObject();
        var defs = schema["definitions"]!.AsObject();
        var spec = SpecSet.Load(Path.Combine(root, "src/Dashboards.Model/Spec"));
        var problems = new List<string>();
        foreach (var panel in spec.Panels)
        {
            var branch = defs.Select(kv => kv.Value!.AsObject())
                .Single(b => b["properties"]?["type"]?["enum"]?[0]?.GetValue<string>() == panel.Plugin);
            Check(spec, defs, panel.Options.Fields, Resolve(defs, branch["properties"]!["options"]!), $"{panel.Plugin}.options", problems);
            if (panel.FieldConfig is not { } fc) continue;
            if (branch["properties"]?["fieldConfig"]?["properties"]?["defaults"]?["properties"]?["custom"] is { } custom)
                Check(spec, defs, fc.Fields, Resolve(defs, custom), $"{panel.Plugin}.custom", problems);
            else problems.Add($"{panel.Plugin}: the schema branch has no fieldConfig.defaults.custom");
        }
        Assert.Empty(problems);
    }

    private static void Check(SpecSet spec, JsonObject defs, IReadOnlyList<FieldSpec> fields, JsonObject node, string where, List<string> problems)
    {
        var props = Properties(defs, node);
        foreach (var f in fields)
        {
            if (f.Type.StartsWith("group:", StringComparison.Ordinal) && spec.Group(f.Type[6..]) is { Inline: true } inline)
            {
                Check(spec, defs, inline.Fields, node, where, problems);
                continue;
            }
            if (f.Emit == "never") continue;
            if (!props.TryGetValue(f.Json, out var prop)) { problems.Add($"{where}.{f.Json} is not in the schema"); continue; }
            var resolved = Resolve(defs, prop);
            if (f.Type == "object") Check(spec, defs, f.Fields, resolved, $"{where}.{f.Json}", problems);
            else if (f.Type.StartsWith("group:", StringComparison.Ordinal)) Check(spec, defs, spec.Group(f.Type[6..]).Fields, resolved, $"{where}.{f.Json}", problems);
            else if (f.Type.StartsWith("record:", StringComparison.Ordinal))
                Check(spec, defs, spec.Panels.SelectMany(p => p.Records).Single(r => r.Name == f.Type[7..]).Fields, resolved, $"{where}.{f.Json}", problems);
            else if (spec.AllEnums.FirstOrDefault(e => e.Name == f.Type.TrimEnd('[', ']')) is { } e)
            {
                var allowed = (f.Type.EndsWith("[]", StringComparison.Ordinal) ? Resolve(defs, resolved["items"]!) : resolved)["enum"]?.AsArray()
                    .Select(v => v!.ToString()).ToHashSet();
                if (allowed is null) { problems.Add($"{where}.{f.Json} has no enum in the schema"); continue; }
                foreach (var (_, grafana) in e.Values)
                    if (!allowed.Contains(grafana)) problems.Add($"{where}.{f.Json}: '{grafana}' ({e.Name}) is not allowed by the schema");
            }
        }
    }

    private static JsonObject Resolve(JsonObject defs, JsonNode node)
    {
        var o = node.AsObject();
        while (o["$ref"] is JsonValue r) o = defs[r.GetValue<string>().Split('/')[^1]]!.AsObject();
        return o;
    }

    /// <summary>Properties of a schema object, with those of its allOf parts.</summary>
    private static Dictionary<string, JsonNode> Properties(JsonObject defs, JsonObject node)
    {
        var result = new Dictionary<string, JsonNode>();
        if (node["properties"] is JsonObject props) foreach (var (k, v) in props) result[k] = v!;
        if (node["allOf"] is JsonArray all)
            foreach (var part in all)
                foreach (var (k, v) in Properties(defs, Resolve(defs, part!))) result.TryAdd(k, v);
        return result;
    }

    private static object PropertyValue(OverrideProperty p) =>
        typeof(OverrideProperty).GetProperty("Value", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.GetValue(p)!;

    private static IEnumerable<JsonElement> Panels(JsonElement dashboard)
    {
        foreach (var panel in dashboard.GetProperty("panels").EnumerateArray())
        {
            if (panel.GetProperty("type").GetString() != "row") { yield return panel; continue; }
            foreach (var child in panel.GetProperty("panels").EnumerateArray()) yield return child;
        }
    }

    private static string Compact(JsonElement e) => JsonNode.Parse(e.GetRawText())!.ToJsonString();

    private static string? Custom(JsonElement panel) =>
        panel.TryGetProperty("fieldConfig", out var fc) && fc.TryGetProperty("defaults", out var d) && d.TryGetProperty("custom", out var c)
            ? Compact(c) : null;
}
