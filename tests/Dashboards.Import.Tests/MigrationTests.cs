using System.Text.Json.Nodes;

namespace Dashboards.Import.Tests;

public sealed class MigrationTests
{
    private static JsonObject Migrate(string json)
    {
        var d = JsonNode.Parse(json)!.AsObject();
        Migrations.Apply(d, []);
        return d;
    }

    [Fact]
    public void Graph_becomes_timeseries_with_axis_style_legend_and_tooltip()
    {
        var d = Migrate("""
            {"panels": [{"type": "graph", "title": "Traffic", "datasource": "$ds",
              "yaxes": [{"format": "bytes", "min": "0", "max": null, "logBase": 1}, {"format": "short"}],
              "lines": true, "linewidth": 2, "fill": 3, "stack": true, "percentage": false, "nullPointMode": "connected",
              "legend": {"show": true, "alignAsTable": true, "rightSide": true, "avg": true, "current": true, "max": false},
              "tooltip": {"shared": false}, "seriesOverrides": [{"alias": "/out/", "transform": "negative-Y"}]}]}
            """);
        var p = d["panels"]![0]!;
        Assert.Equal("timeseries", (string?)p["type"]);
        Assert.Equal("${ds}", (string?)p["datasource"]!["uid"]);
        var defaults = p["fieldConfig"]!["defaults"]!;
        Assert.Equal("bytes", (string?)defaults["unit"]);
        Assert.Equal(0, (double)defaults["min"]!);
        Assert.Null(defaults["max"]);
        var custom = defaults["custom"]!;
        Assert.Equal("line", (string?)custom["drawStyle"]);
        Assert.Equal(2, (int)custom["lineWidth"]!);
        Assert.Equal(30, (int)custom["fillOpacity"]!);
        Assert.Equal("normal", (string?)custom["stacking"]!["mode"]);
        Assert.True((bool)custom["spanNulls"]!);
        var legend = p["options"]!["legend"]!;
        Assert.Equal("table", (string?)legend["displayMode"]);
        Assert.Equal("right", (string?)legend["placement"]);
        Assert.Equal(["mean", "lastNotNull"], legend["calcs"]!.AsArray().Select(c => (string)c!));
        Assert.Equal("single", (string?)p["options"]!["tooltip"]!["mode"]);
        Assert.Null(p["yaxes"]);
    }

    [Fact]
    public void Singlestat_with_gauge_becomes_gauge_with_thresholds_and_reducer()
    {
        var d = Migrate("""
            {"panels": [{"type": "singlestat", "title": "Disk", "format": "percent", "valueName": "avg",
              "gauge": {"show": true, "minValue": 0, "maxValue": 100, "thresholdMarkers": true},
              "thresholds": "70, 90", "colors": ["#299c46", "rgba(237, 129, 40, 0.89)", "#d44a3a"]}]}
            """);
        var p = d["panels"]![0]!;
        Assert.Equal("gauge", (string?)p["type"]);
        var steps = p["fieldConfig"]!["defaults"]!["thresholds"]!["steps"]!.AsArray();
        Assert.Equal(3, steps.Count);
        Assert.Equal("#299c46", (string?)steps[0]!["color"]);
        Assert.Equal(90, (double)steps[2]!["value"]!);
        Assert.Equal(100, (double)p["fieldConfig"]!["defaults"]!["max"]!);
        Assert.Equal("mean", (string?)p["options"]!["reduceOptions"]!["calcs"]![0]);
    }

    [Fact]
    public void Old_rows_become_grid_positions_and_row_panels()
    {
        var d = Migrate("""
            {"rows": [{"title": "A", "height": "250px", "panels": [{"type": "text", "span": 6}, {"type": "text", "span": 6}, {"type": "text", "span": 4}]},
                      {"title": "B", "height": 300, "collapse": true, "panels": [{"type": "text", "span": 12}]}]}
            """);
        var panels = d["panels"]!.AsArray();
        Assert.Equal(["row", "text", "text", "text", "row"], panels.Select(p => (string)p!["type"]!));
        Assert.Equal("0,1,12,9", Grid(panels[1]!));
        Assert.Equal("12,1,12,9", Grid(panels[2]!));
        Assert.Equal("0,10,8,9", Grid(panels[3]!));
        Assert.Equal("0,19,24,1", Grid(panels[4]!));
        Assert.Equal("0,20,24,10", Grid(panels[4]!["panels"]![0]!));
    }

    private static string Grid(JsonNode p) => $"{p["gridPos"]!["x"]},{p["gridPos"]!["y"]},{p["gridPos"]!["w"]},{p["gridPos"]!["h"]}";

    [Theory]
    [InlineData("Node Exporter Full", "node-exporter-full")]
    [InlineData("Kubernetes / Views / Global", "kubernetes-views-global")]
    [InlineData("A very long dashboard title that goes on and on beyond forty characters", "a-very-long-dashboard-title-tha-")]
    public void Uids_come_from_titles_and_stay_legal(string title, string prefix)
    {
        var uid = Naming.Uid(title);
        Assert.StartsWith(prefix, uid);
        Assert.True(uid.Length <= 40);
        Assert.Matches("^[a-z0-9-]+$", uid);
        Assert.Equal(uid, Naming.Uid(title));
    }
}

public sealed class ImporterTests
{
    [Fact]
    public void Non_prometheus_queries_are_kept_raw_with_a_warning_never_dropped()
    {
        var source = ImportSource.FromText("logs.json", """
            {"uid": "logs", "title": "Logs", "panels": [{"type": "logs", "title": "Errors", "gridPos": {"x": 0, "y": 0, "w": 24, "h": 8},
              "targets": [{"datasource": {"type": "loki", "uid": "loki"}, "expr": "{app=\"api\"} |= \"error\"", "refId": "A"}]}]}
            """);
        var result = DashboardImporter.Import([source], "T");
        var code = result.Dashboards[0].File.Code;
        Assert.Contains("WithRawField(\"targets\"", code);
        Assert.Contains(result.Warnings, w => w.Contains("loki query (refId A)") && w.Contains("raw field (targets)"));
    }

    [Fact]
    public void Queries_the_compiler_would_reject_are_kept_unchecked_and_checkable_ones_raw()
    {
        var source = ImportSource.FromText("q.json", """
            {"uid": "q", "title": "Q", "panels": [
              {"type": "table", "title": "Broken", "gridPos": {"x": 0, "y": 0, "w": 12, "h": 8}, "targets": [{"expr": "sum(up) by (", "refId": "A"}]},
              {"type": "table", "title": "Range", "gridPos": {"x": 12, "y": 0, "w": 12, "h": 8}, "targets": [{"expr": "up[5m]", "refId": "A"}]},
              {"type": "stat", "title": "Fine", "gridPos": {"x": 0, "y": 8, "w": 12, "h": 8}, "targets": [{"expr": "sum(up)", "refId": "A"}]}]}
            """);
        var result = DashboardImporter.Import([source], "T");
        var code = result.Dashboards[0].File.Code;
        Assert.Contains("PrometheusTarget.Unchecked(\"sum(up) by (\")", code);
        Assert.Contains("PrometheusTarget.Unchecked(\"up[5m]\")", code);
        Assert.Contains("new PrometheusTarget(Prom.Sum(Prom.Metric(\"up\")))", code);
        Assert.Equal(2, result.Warnings.Count(w => w.Contains("query kept as text", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_bad_namespace_or_input_is_an_import_error_naming_it()
    {
        Assert.Throws<ImportException>(() => DashboardImporter.Import([], "1bad"));
        var e = Assert.Throws<ImportException>(() => ImportSource.FromText("x.json", "[1, 2]"));
        Assert.Contains("x.json", e.Message);
    }
}
