using System.Text.Json;

namespace Dashboards.Model.Tests;

public class FieldConfigTests
{
    private static JsonElement Defaults(StatPanel panel) =>
        Emitted.FirstPanel(Samples.Minimal().AddPanel(panel.WithTargets(Samples.Up()))).At("fieldConfig.defaults");

    [Theory]
    [InlineData("s", "Seconds")]
    [InlineData("percent", "Percent")]
    [InlineData("percentunit", "PercentUnit")]
    [InlineData("reqps", "RequestsPerSecond")]
    [InlineData("currencyUSD", "CurrencyUSD")]
    [InlineData("bytes", "Bytes")]
    [InlineData("decbytes", "DecBytes")]
    [InlineData("µs", "Microseconds")]
    [InlineData("bool_on_off", "BoolOnOff")]
    public void Well_known_units_carry_grafana_ids(string id, string member)
    {
        var unit = (Unit)typeof(Unit).GetField(member)!.GetValue(null)!;
        Assert.Equal(id, unit.Id);
    }

    [Fact]
    public void Custom_units_use_grafana_prefixes()
    {
        Assert.Equal("suffix:tokens", Unit.Suffix("tokens").Id);
        Assert.Equal("prefix:$", Unit.Prefix("$").Id);
        Assert.Equal("currency:€", Unit.Currency("€").Id);
        Assert.Equal("si:g", Unit.SI("g").Id);
        Assert.Equal("count:req", Unit.Count("req").Id);
        Assert.Equal("time:HH:mm", Unit.Time("HH:mm").Id);
        Assert.Equal("bool:up/down", Unit.Bool("up", "down").Id);
        Assert.Equal("newUnit", Unit.FromId("newUnit").Id);
        Assert.Throws<ArgumentException>(() => Unit.Bool("a/b", "c"));
        Assert.Throws<ArgumentException>(() => Unit.Suffix(""));
    }

    [Fact]
    public void Custom_units_drop_the_whitespace_grafana_adds_itself()
    {
        // Grafana renders suffix/count/si text after a space of its own: a leading space would show two.
        Assert.Equal("suffix:tokens", Unit.Suffix(" tokens ").Id);
        Assert.Equal("suffix:Diem/h", Unit.FromId("suffix: Diem/h").Id);
        Assert.Equal("count:req", Unit.Count(" req").Id);
        Assert.Equal("si:g", Unit.SI(" g").Id);
        Assert.Equal("currency:€", Unit.Currency(" € ").Id);
        // A prefix sits right before the number: a trailing space is meant, a leading one is not.
        Assert.Equal("prefix:$ ", Unit.Prefix(" $ ").Id);
        Assert.Equal(Unit.Suffix("x"), Unit.FromId("suffix:  x"));
        Assert.Throws<ArgumentException>(() => Unit.Suffix("   "));
        Assert.Throws<ArgumentException>(() => Unit.FromId("suffix: "));
    }

    [Fact]
    public void Units_decimals_min_max_and_no_value_are_emitted()
    {
        var d = Defaults(new StatPanel("s").Unit(Unit.Suffix(" tokens")).Decimals(1).Min(0).Max(1.5).NoValue("-").DisplayName("Tokens"));
        Assert.Equal("suffix:tokens", d.GetProperty("unit").GetString());
        Assert.Equal(1, d.GetProperty("decimals").GetInt32());
        Assert.Equal(0, d.GetProperty("min").GetDouble());
        Assert.Equal(1.5, d.GetProperty("max").GetDouble());
        Assert.Equal("-", d.GetProperty("noValue").GetString());
        Assert.Equal("Tokens", d.GetProperty("displayName").GetString());
    }

    [Fact]
    public void Colors_are_named_hex_or_rgba()
    {
        Assert.Equal("semi-dark-red", Color.SemiDarkRed.Value);
        Assert.Equal("dark-purple", Color.DarkPurple.Value);
        Assert.Equal("#ff8800", Color.Hex("#FF8800").Value);
        Assert.Equal("rgba(0, 211, 255, 0.5)", Color.Rgba(0, 211, 255, 0.5).Value);
        Assert.Throws<ArgumentException>(() => Color.Hex("ff8800"));
        Assert.Throws<ArgumentException>(() => Color.Hex("#ff88"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Color.Rgba(256, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Color.Rgba(0, 0, 0, 1.5));
    }

    [Fact]
    public void Rgba_uses_invariant_numbers_in_any_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("rgba(1, 2, 3, 0.25)", Color.Rgba(1, 2, 3, 0.25).Value);
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = previous; }
    }

    [Fact]
    public void Thresholds_start_with_a_null_base_step()
    {
        var t = Defaults(new StatPanel("s").Thresholds(Thresholds.Percentage(Color.Green).Step(50, Color.Orange).Step(90.5, Color.Red))).GetProperty("thresholds");
        Assert.Equal("percentage", t.GetProperty("mode").GetString());
        var steps = t.GetProperty("steps");
        Assert.Equal(JsonValueKind.Null, steps[0].GetProperty("value").ValueKind);
        Assert.Equal("green", steps[0].GetProperty("color").GetString());
        Assert.Equal(90.5, steps[2].GetProperty("value").GetDouble());
        Assert.Throws<ArgumentOutOfRangeException>(() => Thresholds.Absolute(Color.Green).Step(double.NaN, Color.Red));
    }

    [Fact]
    public void Value_mappings_of_every_kind()
    {
        var m = Defaults(new StatPanel("s").Mappings(
            ValueMapping.Value("1", "Up", Color.Green),
            ValueMapping.Range(null, 10, "Low"),
            ValueMapping.Regex("^err", "Error", Color.Red),
            ValueMapping.Special(SpecialValue.NullAndNaN, "n/a"))).GetProperty("mappings");
        Assert.Equal("value", m[0].GetProperty("type").GetString());
        Assert.Equal("Up", m[0].At("options.1.text").GetString());
        Assert.Equal("green", m[0].At("options.1.color").GetString());
        Assert.Equal("range", m[1].GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Null, m[1].At("options.from").ValueKind);
        Assert.Equal(10, m[1].At("options.to").GetDouble());
        Assert.Equal(1, m[1].At("options.result.index").GetInt32());
        Assert.Equal("^err", m[2].At("options.pattern").GetString());
        Assert.Equal("null+nan", m[3].At("options.match").GetString());
        Assert.Equal(3, m[3].At("options.result.index").GetInt32());
    }

    [Fact]
    public void Bad_mappings_are_rejected_when_built()
    {
        Assert.Throws<ArgumentException>(() => ValueMapping.Value("1"));
        Assert.Throws<ArgumentException>(() => ValueMapping.Range(null, null, "x"));
        Assert.Throws<ArgumentException>(() => ValueMapping.Range(5, 1, "x"));
        Assert.Throws<ArgumentException>(() => ValueMapping.Regex("(", "x"));
    }

    [Fact]
    public void Color_modes()
    {
        Assert.Equal("fixed", Defaults(new StatPanel("s").Color(FieldColor.Fixed(Color.Blue))).At("color.mode").GetString());
        Assert.Equal("blue", Defaults(new StatPanel("s").Color(FieldColor.Fixed(Color.Blue))).At("color.fixedColor").GetString());
        var continuous = Defaults(new StatPanel("s").Color(FieldColor.Continuous(FieldColorMode.ContinuousGreenYellowRed).By(SeriesColorBy.Max))).GetProperty("color");
        Assert.Equal("continuous-GrYlRd", continuous.GetProperty("mode").GetString());
        Assert.Equal("max", continuous.GetProperty("seriesBy").GetString());
        Assert.Equal("palette-classic-by-name", Defaults(new StatPanel("s").Color(FieldColor.PaletteClassicByName)).At("color.mode").GetString());
        Assert.Throws<ArgumentException>(() => FieldColor.Continuous(FieldColorMode.Fixed));
    }

    /// <summary>byNames and byValue take objects as options (Grafana's ByNamesMatcherOptions and FieldValueMatcherConfig).</summary>
    [Fact]
    public void Matchers_with_object_options()
    {
        var panel = new TimeSeriesPanel("t").WithTargets(Samples.Up())
            .Override(FieldMatcher.ByNames("a", "b"), o => o.Unit(Unit.Percent))
            .Override(FieldMatcher.AllExcept("c"), o => o.Unit(Unit.Percent))
            .Override(FieldMatcher.ByValue(Reducer.Mean, ComparisonOperator.GreaterOrEqual, 100), o => o.Color(Color.Red));
        var dashboard = Samples.Minimal().AddPanel(panel);
        var overrides = Emitted.FirstPanel(dashboard).At("fieldConfig.overrides");
        Assert.Equal("""{"id":"byNames","options":{"mode":"include","names":["a","b"]}}""", overrides[0].GetProperty("matcher").GetRawText().Replace(" ", "").Replace("\n", ""));
        Assert.Equal("exclude", overrides[1].At("matcher.options.mode").GetString());
        Assert.Equal("byValue", overrides[2].At("matcher.id").GetString());
        Assert.Equal("mean", overrides[2].At("matcher.options.reducer").GetString());
        Assert.Equal("gte", overrides[2].At("matcher.options.op").GetString());
        Assert.Equal(100, overrides[2].At("matcher.options.value").GetDouble());
        Compile.Ok(dashboard);
        Assert.Throws<ArgumentException>(() => FieldMatcher.ByNames());
        Assert.Throws<ArgumentException>(() => FieldMatcher.ByNames("a", ""));
    }

    [Fact]
    public void Every_saved_field_matcher_is_emitted_in_grafanas_shape()
    {
        var panel = new TimeSeriesPanel("t").WithTargets(Samples.Up())
            .Override(FieldMatcher.Numeric(), o => o.Decimals(1))
            .Override(FieldMatcher.FirstTimeField(), o => o.Decimals(1))
            .Override(FieldMatcher.ByNames("a", "b"), o => o.Decimals(1))
            .Override(FieldMatcher.AllExcept("Time"), o => o.Decimals(1))
            .Override(FieldMatcher.ByRegexOrNames("^err", "total"), o => o.Decimals(1))
            .Override(FieldMatcher.ByValue(Reducer.Max, ComparisonOperator.Greater, 0.5), o => o.Decimals(1));
        var overrides = Emitted.FirstPanel(Compile.Ok(Samples.Minimal().AddPanel(panel)).Source).At("fieldConfig.overrides");
        Assert.Equal("numeric", overrides[0].At("matcher.id").GetString());
        Assert.Equal("firstTimeField", overrides[1].At("matcher.id").GetString());
        Assert.Equal("""{"mode":"include","names":["a","b"]}""", overrides[2].At("matcher.options").GetRawText().Replace(" ", "").Replace("\n", "").Replace("\r", ""));
        Assert.Equal("exclude", overrides[3].At("matcher.options.mode").GetString());
        Assert.Equal("^err", overrides[4].At("matcher.options.pattern").GetString());
        Assert.Equal("total", overrides[4].At("matcher.options.names[0]").GetString());
        Assert.Equal("max", overrides[5].At("matcher.options.reducer").GetString());
        Assert.Equal("gt", overrides[5].At("matcher.options.op").GetString());
        Assert.Equal(0.5, overrides[5].At("matcher.options.value").GetDouble());
        Assert.Throws<ArgumentException>(() => FieldMatcher.ByNames());
        Assert.Throws<ArgumentException>(() => FieldMatcher.ByNames("a", ""));
        Assert.Throws<ArgumentOutOfRangeException>(() => FieldMatcher.ByValue(Reducer.Max, ComparisonOperator.Equal, double.NaN));
    }

    [Fact]
    public void Overrides_with_typed_properties()
    {
        var panel = new TimeSeriesPanel("t").WithTargets(Samples.Up())
            .Override(FieldMatcher.ByName("errors"), o => o
                .Unit(Unit.Percent).Decimals(1).Min(0).Max(100).DisplayName("Errors").NoValue("0")
                .Color(Color.Red).Thresholds(Thresholds.Absolute(Color.Green).Step(1, Color.Red))
                .Mappings(ValueMapping.Value("0", "none"))
                .HideSeries(viz: false).DrawStyle(DrawStyle.Points).LineWidth(2).FillOpacity(10)
                .AxisPlacement(AxisPlacement.Right).AxisLabel("%").Stacking(StackingMode.Percent).NegativeY()
                .Width(80).Align(TextAlignment.Center).CellType(TableCellType.ColorBackground).HiddenColumn()
                .Custom("custom.lineStyle", new System.Text.Json.Nodes.JsonObject { ["fill"] = "dash" }))
            .Override(FieldMatcher.ByType(FieldType.Time), o => o.Custom("custom.hidden", null));
        var overrides = Emitted.FirstPanel(Samples.Minimal().AddPanel(panel)).At("fieldConfig.overrides");
        var first = overrides[0];
        Assert.Equal("byName", first.At("matcher.id").GetString());
        Assert.Equal("errors", first.At("matcher.options").GetString());
        var props = first.GetProperty("properties").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("value"));
        Assert.Equal("percent", props["unit"].GetString());
        Assert.Equal(1, props["decimals"].GetInt32());
        Assert.Equal(100, props["max"].GetDouble());
        Assert.Equal("fixed", props["color"].GetProperty("mode").GetString());
        Assert.Equal("red", props["color"].GetProperty("fixedColor").GetString());
        Assert.Equal(JsonValueKind.Null, props["thresholds"].At("steps[0].value").ValueKind);
        Assert.Equal("none", props["mappings"][0].At("options.0.text").GetString());
        Assert.False(props["custom.hideFrom"].GetProperty("viz").GetBoolean());
        Assert.True(props["custom.hideFrom"].GetProperty("legend").GetBoolean());
        Assert.Equal("points", props["custom.drawStyle"].GetString());
        Assert.Equal("right", props["custom.axisPlacement"].GetString());
        Assert.Equal("percent", props["custom.stacking"].GetProperty("mode").GetString());
        Assert.Equal("negative-Y", props["custom.transform"].GetString());
        Assert.Equal(80, props["custom.width"].GetInt32());
        Assert.Equal("center", props["custom.align"].GetString());
        Assert.Equal("color-background", props["custom.cellOptions"].GetProperty("type").GetString());
        Assert.True(props["custom.hideFrom.viz"].GetBoolean());
        Assert.Equal("dash", props["custom.lineStyle"].GetProperty("fill").GetString());
        Assert.Equal("byType", overrides[1].At("matcher.id").GetString());
        Assert.Equal("time", overrides[1].At("matcher.options").GetString());
        Assert.Equal(JsonValueKind.Null, overrides[1].At("properties[0].value").ValueKind);
    }

    [Fact]
    public void Data_links_on_fields()
    {
        var link = Defaults(new StatPanel("s").DataLinks(new DataLink("Trace", "https://tempo/${__value.raw}") { TargetBlank = true })).At("links[0]");
        Assert.Equal("Trace", link.GetProperty("title").GetString());
        Assert.True(link.GetProperty("targetBlank").GetBoolean());
    }
}
