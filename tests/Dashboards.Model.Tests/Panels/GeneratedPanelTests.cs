using System.Text.Json;

namespace Dashboards.Model.Tests;

/// <summary>
/// The panel types added through the generated model (issue 13): ranges from the spec, shortcuts from the hand-written
/// partials, Grafana's numeric enums, and the parts left raw (canvas root, geomap layers) surviving a read and re-emit.
/// </summary>
public class GeneratedPanelTests
{
    [Fact]
    public void Spec_ranges_reject_values_grafana_cannot_show()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new HistogramPanel("h").BucketCount(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HistogramPanel("h").Buckets(size: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatusHistoryPanel("s").ColumnWidth(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new XYChartPanel("x").PointSize(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new XYChartPanel("x").FillOpacity(101));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DashboardListPanel("d").MaxItems(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AlertListPanel("a").MaxItems(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DataGridPanel("d").SelectedSeries(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeomapPanel("g").CenterOn(91, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeomapPanel("g").CenterOn(0, 181, 1));
        Assert.Throws<ArgumentNullException>(() => new NewsPanel("n", null!));
    }

    [Fact]
    public void Alert_list_sort_order_is_written_as_grafanas_number_and_read_back()
    {
        var panel = new AlertListPanel("a").SortBy(AlertListSortOrder.TimeDescending).GroupBy("severity", "team");
        var emitted = Emitted.FirstPanel(Samples.Minimal().AddPanel(panel));
        Assert.Equal(5, emitted.At("options.sortOrder").GetInt32());
        Assert.Equal("custom", emitted.At("options.groupMode").GetString());

        var read = (AlertListPanel)PanelJsonReader.Read("alertlist", emitted);
        Assert.Equal(AlertListSortOrder.TimeDescending, read.Options.SortOrder);
        Assert.Equal(["severity", "team"], read.Options.GroupBy.AsEnumerable());
        Assert.Empty(read.RawFields);

        using var unknown = JsonDocument.Parse("""{"type": "alertlist", "title": "a", "options": {"sortOrder": 9}}""");
        var kept = PanelJsonReader.Read("alertlist", unknown.RootElement);
        Assert.Equal(["options.sortOrder"], kept.RawFields.Select(r => r.Path)); // 9 is no sort order: kept raw, not guessed
    }

    [Fact]
    public void Raw_parts_of_canvas_and_geomap_survive_a_read_and_re_emit()
    {
        using var doc = JsonDocument.Parse("""
            {"type": "geomap", "title": "g", "options": {"view": {"id": "fit", "allLayers": true},
              "layers": [{"type": "markers", "name": "Layer 1", "config": {"style": {"size": {"fixed": 5}}}}]}}
            """);
        var geomap = (GeomapPanel)PanelJsonReader.Read("geomap", doc.RootElement);
        Assert.Equal(GeomapViewCenter.FitData, geomap.Options.Center);
        Assert.Equal(["options.layers"], geomap.RawFields.Select(r => r.Path));
        var emitted = Emitted.FirstPanel(Samples.Minimal().AddPanel(geomap));
        Assert.Equal("markers", emitted.At("options.layers[0].type").GetString());
        Assert.Equal("fit", emitted.At("options.view.id").GetString());

        var canvas = new CanvasPanel("c").PanZoom().WithRawField("options.root",
            System.Text.Json.Nodes.JsonNode.Parse("""{"name": "Element 1", "type": "frame", "elements": []}"""));
        var canvasJson = Emitted.FirstPanel(Samples.Minimal().AddPanel(canvas));
        Assert.True(canvasJson.At("options.panZoom").GetBoolean());
        Assert.Equal("frame", canvasJson.At("options.root.type").GetString());
    }

    [Fact]
    public void Shortcuts_set_the_options_grafana_reads_together()
    {
        var dashlist = Emitted.FirstPanel(Samples.Minimal().AddPanel(new DashboardListPanel("d").Search("bots", "llm", "cost").KeepContext()));
        Assert.True(dashlist.At("options.showSearch").GetBoolean());
        Assert.Equal("bots", dashlist.At("options.query").GetString());
        Assert.Equal(2, dashlist.At("options.tags").GetArrayLength());
        Assert.True(dashlist.At("options.keepTime").GetBoolean() && dashlist.At("options.includeVars").GetBoolean());

        var annolist = Emitted.FirstPanel(Samples.Minimal().AddPanel(new AnnotationListPanel("a").Navigate(TimeSpan.FromMinutes(5), TimeSpan.FromHours(1))));
        Assert.Equal("5m", annolist.At("options.navigateBefore").GetString());
        Assert.Equal("1h", annolist.At("options.navigateAfter").GetString());

        var candles = Emitted.FirstPanel(Samples.Minimal().AddPanel(new CandlestickPanel("c").Fields("o", "h", "l", "c", "v")));
        Assert.Equal("v", candles.At("options.fields.volume").GetString());
        Assert.Equal("gray", candles.At("options.colors.flat").GetString());
    }
}
