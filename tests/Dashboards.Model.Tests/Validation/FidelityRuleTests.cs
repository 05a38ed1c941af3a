namespace Dashboards.Model.Tests;

/// <summary>
/// The bug classes Grafana's own code found in emitted dashboards (issue 13), each rejected when the catalog compiles:
/// queries on the instance default beside a datasource picker, organize keyed by renamed names, value columns named
/// the way the datasource does not. The Grafana oracle (tests/Dashboards.Fidelity.Tests) judges the same classes.
/// </summary>
public class FidelityRuleTests
{
    private static PrometheusTarget Table(string query) => PrometheusTarget.Raw(query).Instant().AsTable();

    private static Dashboard WithPanel(Panel panel) => Samples.Minimal().AddPanel(panel);

    // ---- datasource

    [Fact]
    public void A_query_on_the_instance_default_beside_a_datasource_picker_is_an_error()
    {
        var dashboard = new Dashboard("d", "D")
            .AddVariable(new DatasourceVariable("datasource"))
            .AddPanel(new TimeSeriesPanel("Rates").WithTargets(Samples.Up(), Samples.Up()));
        var errors = Compile.Errors(dashboard);
        Assert.Equal(2, errors.Count);
        Assert.Equal("panels[0].targets[0].datasource", errors[0].Path);
        Assert.Equal("Rates", errors[0].Panel);
        Assert.Contains("query 'A' names no datasource", errors[0].Message);
        Assert.Contains("picker '$datasource' does nothing", errors[0].Message);
        Assert.Contains("query 'B'", errors[1].Message);
    }

    [Fact]
    public void A_datasource_on_the_dashboard_the_panel_or_the_query_settles_it()
    {
        var picker = new DatasourceVariable("datasource");
        var bare = new Dashboard("d", "D").AddVariable(picker);
        Compile.Ok(bare.WithDefaultDatasource(picker.Ref).AddPanel(new StatPanel("s").WithTargets(Samples.Up())));
        Compile.Ok(bare.AddPanel(new StatPanel("s").WithDatasource(picker.Ref).WithTargets(Samples.Up())));
        Compile.Ok(bare.AddPanel(new StatPanel("s").WithTargets(Samples.Up().WithDatasource(picker.Ref))));
        // Without a picker, the instance default is what the author asked for.
        Compile.Ok(new Dashboard("d", "D").AddPanel(new StatPanel("s").WithTargets(Samples.Up())));
    }

    // ---- organize

    [Fact]
    public void Column_keys_the_order_by_the_original_name_and_renames_after()
    {
        var panel = new TablePanel("t").WithTargets(Table("sum by (provider) (up)"))
            .Transform(Transformation.Organize().Exclude("Time").Column("provider", "Provider").Column(ValueColumns.Single, "Up"));
        Compile.Ok(WithPanel(panel));
        var options = Emitted.FirstPanel(WithPanel(panel)).At("transformations[0].options");
        Assert.Equal(["provider", "Value"], options.At("indexByName").EnumerateObject().Select(p => p.Name));
        Assert.Equal([0, 1], options.At("indexByName").EnumerateObject().Select(p => p.Value.GetInt32()));
        Assert.Equal("Provider", options.At("renameByName.provider").GetString());
        Assert.Equal("Up", options.At("renameByName.Value").GetString());
    }

    [Fact]
    public void Organize_keyed_by_a_renamed_name_is_an_error()
    {
        var panel = new TablePanel("t").WithTargets(Table("sum by (provider) (up)"))
            .Transform(Transformation.Organize().Rename("provider", "Provider").Column("Provider"));
        var error = Assert.Single(Compile.Errors(WithPanel(panel)));
        Assert.Equal("panels[0].transformations[0].options.indexByName", error.Path);
        Assert.Contains("'Provider' is the new name of 'provider'", error.Message);
    }

    [Fact]
    public void Excluding_by_a_renamed_name_is_an_error_too()
    {
        var panel = new TablePanel("t").WithTargets(Table("sum by (provider) (up)"))
            .Transform(Transformation.Organize().Rename("provider", "Provider").Exclude("Provider"));
        var error = Assert.Single(Compile.Errors(WithPanel(panel)));
        Assert.Equal("panels[0].transformations[0].options.excludeByName", error.Path);
        Assert.Contains("use 'provider'", error.Message);
    }

    [Fact]
    public void Organize_rejects_contradictions_when_built()
    {
        Assert.Throws<ArgumentException>(() => Transformation.Organize().Column("a").Column("a"));
        Assert.Throws<ArgumentException>(() => Transformation.Organize().Rename("a", "A").Column("a", "B"));
        Assert.Throws<ArgumentException>(() => Transformation.Organize().Exclude("a").Column("a"));
        Assert.Throws<ArgumentException>(() => Transformation.Organize().Column("a", ""));
    }

    // ---- value columns

    [Fact]
    public void Value_columns_follow_each_datasource()
    {
        var one = new TablePanel("t").WithTargets(Table("up"));
        Assert.Equal("Value", one.ValueColumn("A"));
        var two = new TablePanel("t").WithTargets(Table("up"), Table("up"));
        Assert.Equal("Value #A", two.ValueColumn("A"));
        Assert.Equal("Value #B", two.ValueColumn("B"));
        // A hidden query is not sent, so the other one is alone again.
        Assert.Equal("Value", new TablePanel("t").WithTargets(Table("up"), Table("up").Hidden()).ValueColumn("A"));
        var loki = new TablePanel("t").WithTargets(new LokiTarget("sum(count_over_time({app=\"x\"}[5m]))").Instant().WithRefId("Q"));
        Assert.Equal("Value #Q", loki.ValueColumn("Q"));
        Assert.Throws<ArgumentException>(() => loki.ValueColumn("A"));
        Assert.Throws<ArgumentException>(() => new TimeSeriesPanel("t").WithTargets(Samples.Up()).ValueColumn("A"));
    }

    [Fact]
    public void Renaming_Value_of_a_Loki_instant_query_is_an_error_that_names_the_real_column()
    {
        var loki = DataSourceRef.Loki("loki");
        var panel = new TablePanel("Most Expensive Queries").WithDatasource(loki)
            .WithTargets(new LokiTarget("topk(10, sum by (q) (count_over_time({app=\"x\"}[5m])))").Instant())
            .Transform(Transformation.Organize().Rename("Value", "Cost"), Transformation.SortByField("Cost", descending: true))
            .Override(FieldMatcher.ByName("Cost"), o => o.Decimals(2));
        var error = Assert.Single(Compile.Errors(WithPanel(panel)));
        Assert.Equal("panels[0].transformations[0].options.renameByName", error.Path);
        Assert.Contains("'Value' is not a column here", error.Message);
        Assert.Contains("query A → 'Value #A'", error.Message);

        Compile.Ok(WithPanel((panel with { Transformations = [] })
            .Transform(Transformation.Organize().Rename(panel.ValueColumn("A"), "Cost"), Transformation.SortByField("Cost", descending: true))));
    }

    [Fact]
    public void Value_columns_are_checked_in_sorts_overrides_and_table_sorts()
    {
        var twoTables = new TablePanel("t").WithTargets(Table("up"), Table("up"));
        var errors = Compile.Errors(WithPanel(twoTables
            .Transform(Transformation.MergeSeries(), Transformation.SortByField("Value"))
            .Override(FieldMatcher.ByName("Value #C"), o => o.Decimals(0))
            .SortBy("Value")));
        Assert.Equal(
            ["panels[0].transformations[1].options.sort", "panels[0].fieldConfig.overrides[0].matcher.options", "panels[0].options.sortBy[0].displayName"],
            errors.Select(e => e.Path));
        Compile.Ok(WithPanel(twoTables.Transform(Transformation.MergeSeries(), Transformation.SortByField("Value #B"))
            .Override(FieldMatcher.ByName("Value #A"), o => o.Decimals(0)).SortBy("Value #A")));
    }

    [Fact]
    public void Time_series_panels_are_not_judged_by_value_column_names()
    {
        // Time series fields carry their legend as display name; a field named Value is the author's business there.
        Compile.Ok(WithPanel(new TimeSeriesPanel("t").WithTargets(Samples.Up()).Override(FieldMatcher.ByName("Value"), o => o.Decimals(0))));
    }
}
