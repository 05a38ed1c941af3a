using Dashboards.PromQL;

namespace Dashboards.Model.Tests;

public class ValidationTests
{
    private static Dashboard WithPanel(Panel panel) => Samples.Minimal().AddPanel(panel);

    private static CompileError Single(Dashboard dashboard) => Assert.Single(Compile.Errors(dashboard));

    [Theory]
    [InlineData("has space", "may only contain")]
    [InlineData("dots.not.allowed", "may only contain")]
    [InlineData("", "uid is empty")]
    [InlineData("a123456789b123456789c123456789d123456789e", "41 characters long")]
    public void Illegal_uids_are_errors(string uid, string message)
    {
        var error = Single(Samples.Minimal(uid));
        Assert.Equal("uid", error.Path);
        Assert.Null(error.Panel);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_40_character_uid_is_legal() => Compile.Ok(Samples.Minimal(new string('a', 40)));

    [Fact]
    public void Uids_must_be_unique_across_the_catalog_and_nothing_compiles_then()
    {
        var catalog = Catalog.Create()
            .AddFolder(new Folder("a", "A"), Samples.Minimal("same", "First"))
            .AddFolder(new Folder("b", "B"), Samples.Minimal("same", "Second"), Samples.Minimal("fine", "Fine"));
        var result = CatalogCompiler.Compile(catalog);
        Assert.False(result.Success);
        Assert.Empty(result.Dashboards);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Second", error.Dashboard);
        Assert.Contains("also used by dashboard \"First\"", error.Message);
    }

    [Theory]
    [InlineData("sum(rate(x{job=\"$missing\"}[5m]))")]
    [InlineData("sum(rate(x{job=\"${missing}\"}[5m]))")]
    [InlineData("sum(rate(x{job=~\"${missing:regex}\"}[5m]))")]
    [InlineData("sum(rate(x{job=\"[[missing]]\"}[5m]))")]
    public void Unknown_variables_in_queries_are_errors(string query)
    {
        var error = Single(WithPanel(new TimeSeriesPanel("Rates").WithTargets(PrometheusTarget.Raw(query))));
        Assert.Equal("Rates", error.Panel);
        Assert.Equal("panels[0].targets[0].expr", error.Path);
        Assert.Contains("unknown variable '$missing'", error.Message);
        Assert.Contains("defined: datasource", error.Message);
    }

    [Fact]
    public void Builtins_and_regex_backreferences_are_not_variables()
    {
        var query = "label_replace(sum(increase(x[$__range])) / sum(rate(y[$__rate_interval])), \"a\", \"$1\", \"b\", \"(.*)\")";
        Compile.Ok(WithPanel(new TimeSeriesPanel("ok").WithTargets(PrometheusTarget.Raw(query).Legend("{{a}} ${__from:date}"))));
    }

    [Fact]
    public void Unknown_variables_in_titles_legends_and_repeat_are_errors()
    {
        var panel = new TimeSeriesPanel("Calls for $tenant").WithDescription("Per ${team}").WithTargets(Samples.Up().Legend("{{job}} $zone")).Repeat("region");
        var errors = Compile.Errors(WithPanel(panel));
        Assert.Contains(errors, e => e.Path == "panels[0].title" && e.Message.Contains("'$tenant'"));
        Assert.Contains(errors, e => e.Path == "panels[0].description" && e.Message.Contains("'$team'"));
        Assert.Contains(errors, e => e.Path == "panels[0].targets[0].legendFormat" && e.Message.Contains("'$zone'"));
        Assert.Contains(errors, e => e.Path == "panels[0].repeat" && e.Message.Contains("'region'"));
        Assert.Equal(4, errors.Count);
    }

    [Fact]
    public void Unknown_variable_in_a_row_title_names_the_row()
    {
        var error = Single(Samples.Minimal().AddRow(new RowPanel("Region $region")));
        Assert.Equal("Region $region", error.Panel);
        Assert.Equal("panels[0].title", error.Path);
    }

    [Fact]
    public void Variables_defined_twice_are_errors()
    {
        var error = Single(Samples.Minimal().AddVariable(new CustomVariable("datasource", "x")));
        Assert.Equal("templating.list[1].name", error.Path);
        Assert.Contains("defined twice", error.Message);
    }

    [Fact]
    public void A_query_variable_cannot_refer_to_itself()
    {
        var v = new QueryVariable("job", PrometheusVariableQuery.LabelValues(Prom.Metric("up").Where("job", "$job"), "job"));
        var error = Single(Samples.Minimal().AddVariable(v));
        Assert.Equal("templating.list[1].query", error.Path);
        Assert.Contains("refers to itself", error.Message);
    }

    [Fact]
    public void Threshold_steps_must_ascend()
    {
        var panel = new StatPanel("Errors").WithTargets(Samples.Up()).Thresholds(Thresholds.Absolute(Color.Green).Step(90, Color.Red).Step(50, Color.Orange));
        var error = Single(WithPanel(panel));
        Assert.Equal("Errors", error.Panel);
        Assert.Equal("panels[0].fieldConfig.defaults.thresholds.steps[2].value", error.Path);
        Assert.Contains("50 follows 90", error.Message);
    }

    [Fact]
    public void Threshold_steps_in_overrides_are_checked_too()
    {
        var panel = new StatPanel("Errors").WithTargets(Samples.Up())
            .Override(FieldMatcher.ByName("x"), o => o.Thresholds(Thresholds.Absolute(Color.Green).Step(5, Color.Red).Step(5, Color.Blue)));
        var error = Single(WithPanel(panel));
        Assert.Equal("panels[0].fieldConfig.overrides[0].properties[0].value.steps[2].value", error.Path);
    }

    [Fact]
    public void Percentage_thresholds_stay_within_0_to_100()
    {
        var panel = new GaugePanel("Use").WithTargets(Samples.Up()).Thresholds(Thresholds.Percentage(Color.Green).Step(150, Color.Red));
        Assert.Contains("outside 0–100", Single(WithPanel(panel)).Message);
    }

    [Fact]
    public void Explicit_refIds_must_be_unique_per_panel()
    {
        var panel = new TimeSeriesPanel("Dup").WithTargets(Samples.Up().WithRefId("Q"), Samples.Up(), Samples.Up().WithRefId("Q"));
        var error = Single(WithPanel(panel));
        Assert.Equal("panels[0].targets[2].refId", error.Path);
        Assert.Contains("refId 'Q'", error.Message);
    }

    [Fact]
    public void RefIds_are_assigned_A_B_C_skipping_explicit_ones()
    {
        var panel = new TimeSeriesPanel("Ids").WithTargets(Samples.Up(), Samples.Up().WithRefId("B"), Samples.Up(), Samples.Up());
        var targets = Emitted.FirstPanel(WithPanel(panel)).GetProperty("targets");
        Assert.Equal(["A", "B", "C", "D"], targets.EnumerateArray().Select(t => t.GetProperty("refId").GetString()));
        Assert.Equal("AA", DashboardJsonEmitter.RefIdAt(26));
        Assert.Equal("AZ", DashboardJsonEmitter.RefIdAt(51));
    }

    [Fact]
    public void Override_by_query_must_name_a_query_of_the_panel()
    {
        var panel = new TimeSeriesPanel("P").WithTargets(Samples.Up()).Override(FieldMatcher.ByQuery("Z"), o => o.Unit(Unit.Percent));
        var error = Single(WithPanel(panel));
        Assert.Equal("panels[0].fieldConfig.overrides[0].matcher.options", error.Path);
        Assert.Contains("[A]", error.Message);
    }

    [Fact]
    public void Datasource_variable_references_must_name_a_datasource_variable()
    {
        var unknown = new TimeSeriesPanel("P").WithTargets(Samples.Up()).WithDatasource(DataSourceRef.Variable("ds"));
        var error = Single(WithPanel(unknown));
        Assert.Equal("panels[0].datasource.uid", error.Path);
        Assert.Contains("unknown variable 'ds'", error.Message);

        var notDatasource = Samples.Minimal().AddVariable(new CustomVariable("env", "prod"))
            .AddPanel(new TimeSeriesPanel("P").WithTargets(Samples.Up()).WithDatasource(DataSourceRef.Fixed("prometheus", "${env}")));
        Assert.Contains("not a datasource variable", Single(notDatasource).Message);
    }

    [Fact]
    public void A_datasource_variable_of_another_plugin_type_is_an_error()
    {
        var dashboard = Samples.Minimal().AddVariable(new DatasourceVariable("logs", DataSourceType.Loki))
            .AddPanel(new TimeSeriesPanel("P").WithTargets(Samples.Up().WithDatasource(DataSourceRef.Variable("logs", DataSourceType.Prometheus))));
        var error = Single(dashboard);
        Assert.Equal("panels[0].targets[0].datasource.type", error.Path);
        Assert.Contains("offers 'loki' datasources", error.Message);
    }

    [Fact]
    public void A_loki_query_on_the_prometheus_default_datasource_is_an_error()
    {
        var error = Single(WithPanel(new LogsPanel("Logs").WithTargets(new LokiTarget("{app=\"x\"}"))));
        Assert.Equal("panels[0].targets[0].datasource.type", error.Path);
        Assert.Contains("a loki query cannot use the prometheus datasource", error.Message);
    }

    [Fact]
    public void Query_variables_need_a_datasource()
    {
        var dashboard = new Dashboard("nods", "No datasource").AddVariable(new QueryVariable("job", PrometheusVariableQuery.LabelValues("job")));
        var error = Single(dashboard);
        Assert.Equal("templating.list[0].datasource", error.Path);
    }

    [Fact]
    public void Raw_promql_that_does_not_parse_names_dashboard_panel_and_position()
    {
        var panel = new TimeSeriesPanel("Broken").WithTargets(Samples.Up(), PrometheusTarget.Raw("sum(rate(x[5m])"));
        var error = Single(Samples.Minimal("broken", "Broken board").AddPanel(panel));
        Assert.Equal("Broken board", error.Dashboard);
        Assert.Equal("Broken", error.Panel);
        Assert.Equal("panels[0].targets[1].expr", error.Path);
        Assert.Matches(@"does not parse at 1:\d+", error.Message);
        Assert.Contains("dashboard \"Broken board\", panel \"Broken\", panels[0].targets[1].expr:", error.ToString());
    }

    [Fact]
    public void Raw_promql_must_be_an_instant_vector_or_scalar()
    {
        var error = Single(WithPanel(new TimeSeriesPanel("Range").WithTargets(PrometheusTarget.Raw("x[5m]"))));
        Assert.Contains("range vector", error.Message);
    }

    [Fact]
    public void Raw_annotation_queries_are_checked()
    {
        var error = Single(Samples.Minimal().AddAnnotation(PrometheusAnnotation.Raw("Deploys", "changes(build_info[5m]")));
        Assert.Equal("annotations.list[1].expr", error.Path);
    }

    [Fact]
    public void Errors_in_collapsed_rows_point_into_the_row()
    {
        var dashboard = Samples.Minimal().AddRow(new RowPanel("r").Collapsed()
            .AddPanels(new StatPanel("ok").WithTargets(Samples.Up()), new StatPanel("bad $nope").WithTargets(Samples.Up())));
        Assert.Equal("panels[0].panels[1].title", Single(dashboard).Path);
    }

    [Fact]
    public void Errors_in_expanded_rows_point_to_the_top_level_list()
    {
        var dashboard = Samples.Minimal()
            .AddPanel(new StatPanel("top").WithTargets(Samples.Up()))
            .AddRow(new RowPanel("r1").AddPanels(new StatPanel("a").WithTargets(Samples.Up()), new StatPanel("b").WithTargets(Samples.Up())))
            .AddRow(new RowPanel("r2").AddPanel(new StatPanel("bad $nope").WithTargets(Samples.Up())));
        var error = Single(dashboard);
        Assert.Equal("panels[5].title", error.Path);
        Assert.Equal("bad $nope", Emitted.Of(dashboard).At("panels[5].title").GetString());
    }

    [Fact]
    public void Schema_errors_become_compile_errors()
    {
        var dashboard = Samples.Minimal().WithRawField("graphTooltip", 7);
        var error = Single(dashboard);
        Assert.StartsWith("schema: ", error.Message);
        Assert.Equal("Minimal", error.Dashboard);
    }

    [Fact]
    public void Bad_folders_are_errors()
    {
        var result = CatalogCompiler.Compile(Catalog.Create().AddFolder(new Folder("bad folder", "X")).AddFolder(new Folder("bad folder", "Y")));
        Assert.Contains(result.Errors, e => e.Path == "catalog.folders[0].uid" && e.Message.Contains("may only contain"));
        Assert.Contains(result.Errors, e => e.Path == "catalog.folders[1].uid" && e.Message.Contains("two titles"));
    }
}
