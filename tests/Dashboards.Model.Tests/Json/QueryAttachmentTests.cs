using System.Collections.Immutable;

namespace Dashboards.Model.Tests;

/// <summary>
/// A query language attached from outside the model's assembly, the way Dashboards.Prometheus and Dashboards.Loki
/// attach: the target and the annotation write their own fields and bring their own checks; the emitter and the
/// compiler know nothing of them.
/// </summary>
public class QueryAttachmentTests
{
    private static readonly DataSourceRef Graphite = DataSourceRef.Fixed("graphite", "g1");

    private sealed record GraphiteTarget : Target<GraphiteTarget>
    {
        public GraphiteTarget(string query) => Query = query;

        public string Query { get; }

        public override string DatasourceType => "graphite";

        protected override void WriteQuery(QueryJsonWriter json)
        {
            json.WriteString("target"u8, Query);
            json.WriteTrueOrOmit("textEditor"u8, true);
        }

        protected override void Check(QueryCheckContext context)
        {
            context.CheckVariableReferences("target", Query);
            if (Query.Count(c => c == '(') != Query.Count(c => c == ')')) context.Error("target", "unbalanced parentheses");
        }

        protected override string? ValueColumn(string refId, ImmutableArray<Target> panelTargets) => "Graphite " + refId;
    }

    private sealed record GraphiteAnnotation(string Title, string Query) : Annotation(Title)
    {
        protected override DataSourceRef? QueryDatasource(DataSourceRef? dashboardDefault) => Graphite;

        protected override void WriteQuery(QueryJsonWriter json) => json.WriteString("target"u8, Query);

        protected override void Check(QueryCheckContext context) => context.CheckVariableReferences("target", Query);
    }

    private sealed record GraphiteVariableQuery(string Query) : VariableQuery
    {
        public override string Text => Query;

        public override string DatasourceType => "graphite";

        protected override void Check(QueryCheckContext context)
        {
            if (Query.EndsWith('.')) context.Error("query", "a metric path cannot end with '.'");
        }
    }

    private static Dashboard With(GraphiteTarget target, Annotation? annotation = null)
    {
        var dashboard = Samples.Minimal().AddPanel(new TablePanel("t").WithTargets(target));
        return annotation is null ? dashboard : dashboard.AddAnnotation(annotation);
    }

    [Fact]
    public void An_outside_target_writes_its_fields_between_datasource_and_hide()
    {
        var json = Emitted.FirstPanel(With(new GraphiteTarget("sumSeries(a.*)").WithDatasource(Graphite).Hidden())).At("targets[0]");
        Assert.Equal(["refId", "datasource", "target", "textEditor", "hide"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("sumSeries(a.*)", json.GetProperty("target").GetString());
    }

    [Fact]
    public void An_outside_annotation_writes_the_common_head_then_its_fields()
    {
        var json = Emitted.Of(With(new GraphiteTarget("a").WithDatasource(Graphite), new GraphiteAnnotation("Deploys", "events.deploy")))
            .At("annotations.list[1]");
        Assert.Equal(["datasource", "enable", "hide", "iconColor", "name", "target"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("graphite", json.At("datasource.type").GetString());
        Assert.Equal("events.deploy", json.GetProperty("target").GetString());
    }

    [Fact]
    public void The_compiler_runs_an_outside_targets_own_checks_at_its_json_path()
    {
        var errors = Compile.Errors(With(new GraphiteTarget("sumSeries($missing.*").WithDatasource(Graphite)));
        Assert.Contains(errors, e => e.Path == "panels[0].targets[0].target" && e.Panel == "t" && e.Message.Contains("unbalanced parentheses"));
        Assert.Contains(errors, e => e.Path == "panels[0].targets[0].target" && e.Message.Contains("unknown variable '$missing'"));
        Compile.Ok(With(new GraphiteTarget("sumSeries(a.*)").WithDatasource(Graphite)));
    }

    [Fact]
    public void The_compiler_still_checks_an_outside_targets_datasource_type()
    {
        // The dashboard's default datasource is a Prometheus variable: a graphite query cannot run on it.
        var errors = Compile.Errors(With(new GraphiteTarget("a.b")));
        Assert.Contains(errors, e => e.Path == "panels[0].targets[0].datasource.type" && e.Message.Contains("a graphite query cannot use the prometheus datasource"));
    }

    [Fact]
    public void The_compiler_runs_an_outside_annotations_own_checks()
    {
        var errors = Compile.Errors(With(new GraphiteTarget("a").WithDatasource(Graphite), new GraphiteAnnotation("Deploys", "events.$nope")));
        var error = Assert.Single(errors);
        Assert.Equal("annotations.list[1].target", error.Path);
        Assert.Contains("unknown variable '$nope'", error.Message);
    }

    [Fact]
    public void Value_columns_come_from_the_target_type()
    {
        var panel = new TablePanel("t").WithTargets(new GraphiteTarget("a").WithDatasource(Graphite), new GraphiteTarget("b").WithDatasource(Graphite).Hidden());
        Assert.Equal("Graphite A", panel.ValueColumn("A"));
        Assert.Equal(new Dictionary<string, string> { ["A"] = "Graphite A" }, ValueColumns.Of(panel));
    }

    [Fact]
    public void An_outside_variable_query_is_emitted_and_checked()
    {
        var variable = new QueryVariable("host", new GraphiteVariableQuery("servers.*")).WithDatasource(Graphite);
        var dashboard = With(new GraphiteTarget("a").WithDatasource(Graphite)).AddVariable(variable);
        var json = Emitted.Of(dashboard).At("templating.list[1]");
        Assert.Equal("servers.*", json.GetProperty("query").GetString());
        Assert.Equal("servers.*", json.GetProperty("definition").GetString());
        Compile.Ok(dashboard);

        var errors = Compile.Errors(With(new GraphiteTarget("a").WithDatasource(Graphite))
            .AddVariable(new QueryVariable("host", new GraphiteVariableQuery("servers.")).WithDatasource(DataSourceRef.Prometheus("p"))));
        Assert.Contains(errors, e => e.Path == "templating.list[1].query" && e.Message == "a metric path cannot end with '.'");
        Assert.Contains(errors, e => e.Path == "templating.list[1].datasource.type" && e.Message.Contains("a graphite query cannot use the prometheus datasource"));
    }
}
