using System.Text.Json;
using Dashboards.PromQL;

namespace Dashboards.Model.Tests;

public class TargetTests
{
    private static JsonElement Target(Panel panel) => Emitted.FirstPanel(Samples.Minimal().AddPanel(panel)).At("targets[0]");

    [Fact]
    public void Typed_prometheus_targets_print_the_canonical_expression()
    {
        var expr = Prom.Sum(Prom.Rate(Prom.Metric("http_requests_total").Where("job", "api").Range(PromDuration.RateInterval))).By("status");
        var target = new PrometheusTarget(expr);
        Assert.False(target.IsRaw);
        Assert.Equal("sum by (status) (rate(http_requests_total{job=\"api\"}[$__rate_interval]))", target.Expr);
        Assert.Equal(expr.ToString(), Target(new TimeSeriesPanel("t").WithTargets(target)).GetProperty("expr").GetString());
        Assert.Equal("1 + 2", new PrometheusTarget(Prom.Number(1) + 2).Expr);
    }

    [Fact]
    public void A_typed_query_is_printed_on_first_use_and_emits_the_same_bytes_either_way()
    {
        // Emitting a target whose text was never read prints straight into the JSON; reading Expr first caches the
        // string, which the emitter then copies. Both must give the same document, escapes and non-ASCII included.
        PrometheusTarget Make() => new(Prom.Sum(Prom.Rate(Prom.Metric("http_requests_total").Where("path", "/a\\b\"c").Matches("host", "ü.*\t")
            .Where("emoji", "😀").Range(PromDuration.RateInterval))).By("status") / 2);
        var fresh = Make();
        var read = Make();
        var text = read.Expr;
        Dashboard Board(PrometheusTarget t) => Samples.Minimal().AddPanel(new TimeSeriesPanel("t").WithTargets(t));
        Assert.Equal(Model.Json.DashboardJson.SerializeToString(Board(read)), Model.Json.DashboardJson.SerializeToString(Board(fresh)));
        Assert.Equal(text, Target(new TimeSeriesPanel("t").WithTargets(Make())).GetProperty("expr").GetString());
        // Equality is by text and kind, whether or not either side was printed yet; copies share the query.
        Assert.Equal(Make(), read);
        Assert.Equal(Make().GetHashCode(), read.GetHashCode());
        Assert.Equal(read.Legend("x") with { LegendFormat = null }, Make());
        Assert.NotEqual(PrometheusTarget.Raw(text), Make());
        Assert.NotEqual(new PrometheusTarget(Prom.Metric("up")), Make());
    }

    [Fact]
    public void Prometheus_target_fields()
    {
        var t = Target(new TablePanel("t").WithTargets(Samples.Up().AsTable().InstantAndRange().WithMinStep(TimeSpan.FromSeconds(30))
            .WithExemplars().Legend(Legend.Labels(" / ", "provider", "model")).Hidden()));
        Assert.Equal("table", t.GetProperty("format").GetString());
        Assert.True(t.GetProperty("instant").GetBoolean());
        Assert.True(t.GetProperty("range").GetBoolean());
        Assert.Equal("30s", t.GetProperty("interval").GetString());
        Assert.True(t.GetProperty("exemplar").GetBoolean());
        Assert.True(t.GetProperty("hide").GetBoolean());
        Assert.Equal("{{provider}} / {{model}}", t.GetProperty("legendFormat").GetString());
        Assert.Equal("code", t.GetProperty("editorMode").GetString());
        Assert.Equal("heatmap", Target(new HeatmapPanel("h").WithTargets(Samples.Up().AsHeatmap())).GetProperty("format").GetString());
    }

    [Fact]
    public void Legend_templates()
    {
        Assert.Equal("{{provider}}", Legend.Label("provider").Template);
        Assert.Equal("{{a}}-{{b}}", (Legend.Label("a") + "-" + Legend.Label("b")).Template);
        Assert.Equal("__auto", Legend.Auto.Template);
        Assert.Throws<ArgumentException>(() => Legend.Label("not valid"));
    }

    [Fact]
    public void Loki_and_tempo_targets()
    {
        var loki = Target(new LogsPanel("l").WithTargets(new LokiTarget("{app=\"x\"}").Instant().WithMaxLines(100).Legend("{{level}}").WithDatasource(DataSourceRef.Loki("L1"))));
        Assert.Equal("{app=\"x\"}", loki.GetProperty("expr").GetString());
        Assert.Equal("instant", loki.GetProperty("queryType").GetString());
        Assert.Equal(100, loki.GetProperty("maxLines").GetInt32());
        Assert.Equal("loki", loki.At("datasource.type").GetString());

        var tempo = Target(new NodeGraphPanel("n").WithTargets(new TempoTarget("{ status = error }").WithLimit(50).WithDatasource(DataSourceRef.Tempo("T1"))));
        Assert.Equal("traceql", tempo.GetProperty("queryType").GetString());
        Assert.Equal("{ status = error }", tempo.GetProperty("query").GetString());
        Assert.Equal(50, tempo.GetProperty("limit").GetInt32());
        Assert.Equal(0, tempo.GetProperty("filters").GetArrayLength());
    }

    [Fact]
    public void Datasources_resolve_from_target_panel_row_and_dashboard()
    {
        var dashboard = Samples.Minimal()
            .AddPanel(new LogsPanel("logs").WithTargets(new LokiTarget("{a=\"b\"}").WithDatasource(DataSourceRef.Loki("L1"))))
            .AddRow(new RowPanel("r").WithDatasource(DataSourceRef.Prometheus("P2")).AddPanel(new StatPanel("s").WithTargets(Samples.Up())))
            .AddPanel(new TextPanel("text", "no queries"));
        var panels = Emitted.Of(dashboard).GetProperty("panels");
        Assert.Equal("L1", panels[0].At("datasource.uid").GetString());
        Assert.False(panels[1].Has("datasource"));
        Assert.Equal("P2", panels[3].At("datasource.uid").GetString());
        Assert.Equal("P2", panels[3].At("targets[0].datasource.uid").GetString());
    }

    [Fact]
    public void Targets_on_different_datasources_make_the_panel_mixed()
    {
        var panel = new TimeSeriesPanel("mixed").WithTargets(
            Samples.Up(),
            new LokiTarget("sum(count_over_time({app=\"x\"}[5m]))").WithDatasource(DataSourceRef.Loki("L1")));
        var dashboard = Samples.Minimal().AddPanel(panel);
        var json = Emitted.FirstPanel(dashboard);
        Assert.Equal("-- Mixed --", json.At("datasource.uid").GetString());
        Assert.Equal("datasource", json.At("datasource.type").GetString());
        Assert.Equal("${datasource}", json.At("targets[0].datasource.uid").GetString());
        Assert.Equal("L1", json.At("targets[1].datasource.uid").GetString());
        Compile.Ok(dashboard);
    }

    [Fact]
    public void Targets_without_a_datasource_use_the_panels_not_a_siblings()
    {
        var panel = new LogsPanel("logs").WithTargets(
            new LokiTarget("{a=\"1\"}").WithDatasource(DataSourceRef.Loki("L1")),
            new LokiTarget("{a=\"2\"}"));
        var error = Assert.Single(Compile.Errors(Samples.Minimal().AddPanel(panel)));
        Assert.Equal("panels[0].targets[1].datasource.type", error.Path);
        var fixedPanel = panel.WithDatasource(DataSourceRef.Loki("L1"));
        var json = Emitted.FirstPanel(Samples.Minimal().AddPanel(fixedPanel));
        Assert.Equal("L1", json.At("datasource.uid").GetString());
        Assert.Equal("L1", json.At("targets[1].datasource.uid").GetString());
    }

    [Fact]
    public void Empty_queries_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => PrometheusTarget.Raw(" "));
        Assert.Throws<ArgumentException>(() => new LokiTarget(""));
        Assert.Throws<ArgumentException>(() => Samples.Up().WithRefId(""));
    }
}
