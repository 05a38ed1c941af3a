using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dashboards.Model.Tests;

public class DashboardJsonTests
{
    [Fact]
    public void Emitting_twice_gives_identical_bytes()
    {
        var a = DashboardJson.Serialize(GoldenTests.FullDashboard());
        var b = DashboardJson.Serialize(GoldenTests.FullDashboard());
        Assert.Equal(a, b);
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var dashboard = GoldenTests.FullDashboard().AddPanel(new BarChartPanel("b").WithTargets(Samples.Up()).BarWidths(0.5, 0.25).Min(0.125));
        var invariant = DashboardJson.Serialize(dashboard);
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal(invariant, DashboardJson.Serialize(dashboard));
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = previous; }
        Assert.Contains("\"barWidth\": 0.5", Encoding.UTF8.GetString(invariant));
    }

    [Fact]
    public void Output_is_indented_with_two_spaces_and_ends_with_a_newline()
    {
        var text = DashboardJson.SerializeToString(Samples.Minimal());
        Assert.StartsWith("{\n  \"uid\": \"minimal\",\n  \"title\": \"Minimal\",", text);
        Assert.EndsWith("}\n", text);
        Assert.DoesNotContain("\r", text);
        Assert.DoesNotContain("\t", text);
    }

    [Fact]
    public void Text_is_not_html_escaped()
    {
        var text = DashboardJson.SerializeToString(Samples.Minimal().AddPanel(new TextPanel("a & b", "<b>'x'</b> µs")));
        Assert.Contains("\"title\": \"a & b\"", text);
        Assert.Contains("<b>'x'</b> µs", text);
    }

    [Fact]
    public void Dashboard_fields()
    {
        var json = Emitted.Of(GoldenTests.FullDashboard());
        Assert.Equal("bots-overview", json.GetProperty("uid").GetString());
        Assert.Equal(["bots", "llm"], json.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("utc", json.GetProperty("timezone").GetString());
        Assert.True(json.GetProperty("editable").GetBoolean());
        Assert.Equal(1, json.GetProperty("graphTooltip").GetInt32());
        Assert.Equal("now-1d", json.At("time.from").GetString());
        Assert.Equal("1m", json.GetProperty("refresh").GetString());
        Assert.Equal(42, json.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("monday", json.GetProperty("weekStart").GetString());
        Assert.Equal(3, json.GetProperty("fiscalYearStartMonth").GetInt32());
        Assert.Equal("1m", json.At("timepicker.nowDelay").GetString());
        Assert.Equal(10, json.At("timepicker.refresh_intervals").GetArrayLength());
        Assert.Throws<ArgumentOutOfRangeException>(() => Samples.Minimal().WithFiscalYearStartMonth(12));
    }

    [Fact]
    public void The_builtin_annotation_comes_first_then_prometheus_annotations()
    {
        var list = Emitted.Of(GoldenTests.FullDashboard()).At("annotations.list");
        Assert.Equal(1, list[0].GetProperty("builtIn").GetInt32());
        Assert.Equal("-- Grafana --", list[0].At("datasource.uid").GetString());
        Assert.Equal("Annotations & Alerts", list[0].GetProperty("name").GetString());
        var deploys = list[1];
        Assert.Equal("Deployments", deploys.GetProperty("name").GetString());
        Assert.Equal("changes(bot_build_info[5m])", deploys.GetProperty("expr").GetString());
        Assert.Equal("Deploy {{version}}", deploys.GetProperty("titleFormat").GetString());
        Assert.Equal("version,env", deploys.GetProperty("tagKeys").GetString());
        Assert.Equal("purple", deploys.GetProperty("iconColor").GetString());
        Assert.Equal("1m", deploys.GetProperty("step").GetString());
        Assert.Equal("${datasource}", deploys.At("datasource.uid").GetString());
        Assert.Single(Emitted.Of(Samples.Minimal()).At("annotations.list").EnumerateArray());

        var releases = list[2];
        Assert.Equal("Releases", releases.GetProperty("name").GetString());
        Assert.Equal("grafana", releases.At("datasource.type").GetString());
        Assert.Equal("tags", releases.At("target.type").GetString());
        Assert.Equal(["release", "bots"], releases.At("target.tags").EnumerateArray().Select(t => t.GetString()));
        Assert.True(releases.At("target.matchAny").GetBoolean());
        Assert.Equal(100, releases.At("target.limit").GetInt32());
        Assert.Throws<ArgumentException>(() => new GrafanaTagAnnotation("none"));
    }

    [Fact]
    public void Bar_alignment_is_emitted_as_grafanas_number()
    {
        var custom = Emitted.FirstPanel(Samples.Minimal().AddPanel(new TimeSeriesPanel("b").WithTargets(Samples.Up()).Style(s => s.Bars(BarAlignment.After))))
            .At("fieldConfig.defaults.custom");
        Assert.Equal("bars", custom.GetProperty("drawStyle").GetString());
        Assert.Equal(JsonValueKind.Number, custom.GetProperty("barAlignment").ValueKind);
        Assert.Equal(1, custom.GetProperty("barAlignment").GetInt32());
        Compile.Ok(Samples.Minimal().AddPanel(new TimeSeriesPanel("b").WithTargets(Samples.Up()).Style(s => s.Bars())));
    }

    [Fact]
    public void Dashboard_links()
    {
        var links = Emitted.Of(GoldenTests.FullDashboard()).GetProperty("links");
        Assert.Equal("dashboards", links[0].GetProperty("type").GetString());
        Assert.Equal(["bots"], links[0].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.True(links[0].GetProperty("asDropdown").GetBoolean());
        Assert.True(links[0].GetProperty("keepTime").GetBoolean());
        Assert.True(links[0].GetProperty("includeVars").GetBoolean());
        Assert.Equal("link", links[1].GetProperty("type").GetString());
        Assert.Equal("https://runbooks.example.com/bots", links[1].GetProperty("url").GetString());
        Assert.True(links[1].GetProperty("targetBlank").GetBoolean());
        Assert.Equal("external link", links[1].GetProperty("icon").GetString());
    }

    [Fact]
    public void The_model_is_immutable()
    {
        var original = Samples.Minimal();
        var changed = original.AddPanel(new StatPanel("s")).WithTags("x");
        Assert.Empty(original.Panels);
        Assert.Empty(original.Tags);
        Assert.Single(changed.Panels);
        var panel = new StatPanel("a");
        Assert.NotSame(panel, panel.Unit(Unit.Seconds));
        Assert.Null(panel.Defaults.Unit);
    }

    [Fact]
    public void Raw_fields_set_values_the_model_does_not_cover()
    {
        var flag = JsonValue.Create(true);
        var dashboard = Samples.Minimal()
            .AddPanel(new TimeSeriesPanel("t").WithTargets(Samples.Up())
                .WithRawField("options.someNewFlag", flag)
                .WithRawField("options.legend.displayMode", "hidden")
                .WithRawField("pluginVersion", "12.3.0"))
            .AddRow(new RowPanel("r").Collapsed().AddPanel(new StatPanel("s").WithRawField("options.extra.deep", 3)))
            .WithRawField("version", 7);
        var json = Emitted.Of(dashboard);
        var panel = json.At("panels[0]");
        Assert.True(panel.At("options.someNewFlag").GetBoolean());
        Assert.Equal("hidden", panel.At("options.legend.displayMode").GetString());
        Assert.Equal("12.3.0", panel.GetProperty("pluginVersion").GetString());
        Assert.Equal(3, json.At("panels[1].panels[0].options.extra.deep").GetInt32());
        Assert.Equal(7, json.GetProperty("version").GetInt32());
        Assert.Equal(DashboardJson.Serialize(dashboard), DashboardJson.Serialize(dashboard));
    }

    [Fact]
    public void Raw_fields_reach_panels_of_expanded_rows()
    {
        var dashboard = Samples.Minimal()
            .AddRow(new RowPanel("r1").AddPanels(new StatPanel("a"), new StatPanel("b").WithRawField("options.flag", "b")))
            .AddRow(new RowPanel("r2").AddPanel(new StatPanel("c").WithRawField("options.flag", "c")));
        var panels = Emitted.Of(dashboard).GetProperty("panels");
        Assert.Equal("b", panels[2].At("options.flag").GetString());
        Assert.Equal("c", panels[4].At("options.flag").GetString());
        Assert.False(panels[1].GetProperty("options").Has("flag"));
    }

    [Fact]
    public void Raw_field_values_are_copied()
    {
        var value = new JsonObject { ["a"] = 1 };
        var dashboard = Samples.Minimal().WithRawField("extra", value);
        value["a"] = 2;
        Assert.Equal(1, Emitted.Of(dashboard).At("extra.a").GetInt32());
        Assert.Throws<ArgumentException>(() => Samples.Minimal().WithRawField("a..b", 1));
    }
}
