namespace Dashboards.Model.Tests;

public class LayoutTests
{
    private static TimeSeriesPanel Panel(string title, int w, int h) => new TimeSeriesPanel(title).WithTargets(Samples.Up()).Size(w, h);

    private static (int X, int Y, int W, int H) Pos(System.Text.Json.JsonElement panel)
    {
        var g = panel.GetProperty("gridPos");
        return (g.GetProperty("x").GetInt32(), g.GetProperty("y").GetInt32(), g.GetProperty("w").GetInt32(), g.GetProperty("h").GetInt32());
    }

    [Fact]
    public void Panels_flow_left_to_right_and_wrap_below_the_tallest_panel_of_the_line()
    {
        var json = Emitted.Of(Samples.Minimal().AddPanels(Panel("a", 8, 4), Panel("b", 8, 6), Panel("c", 8, 4), Panel("d", 12, 3)));
        var panels = json.GetProperty("panels");
        Assert.Equal((0, 0, 8, 4), Pos(panels[0]));
        Assert.Equal((8, 0, 8, 6), Pos(panels[1]));
        Assert.Equal((16, 0, 8, 4), Pos(panels[2]));
        Assert.Equal((0, 6, 12, 3), Pos(panels[3]));
    }

    [Fact]
    public void Rows_start_a_new_line_and_expanded_rows_are_followed_by_their_panels()
    {
        var dashboard = Samples.Minimal()
            .AddPanel(Panel("top", 6, 5))
            .AddRow(new RowPanel("r1").AddPanels(Panel("a", 12, 4), Panel("b", 12, 4), Panel("c", 6, 2)))
            .AddRow(new RowPanel("r2").AddPanel(Panel("d", 24, 3)));
        var panels = Emitted.Of(dashboard).GetProperty("panels");
        Assert.Equal(7, panels.GetArrayLength());
        Assert.Equal((0, 0, 6, 5), Pos(panels[0]));
        Assert.Equal("row", panels[1].GetProperty("type").GetString());
        Assert.Equal((0, 5, 24, 1), Pos(panels[1]));
        Assert.Equal(0, panels[1].GetProperty("panels").GetArrayLength());
        Assert.False(panels[1].GetProperty("collapsed").GetBoolean());
        Assert.Equal((0, 6, 12, 4), Pos(panels[2]));
        Assert.Equal((12, 6, 12, 4), Pos(panels[3]));
        Assert.Equal((0, 10, 6, 2), Pos(panels[4]));
        Assert.Equal((0, 12, 24, 1), Pos(panels[5]));
        Assert.Equal((0, 13, 24, 3), Pos(panels[6]));
    }

    [Fact]
    public void Collapsed_rows_nest_their_panels_and_take_one_line()
    {
        var dashboard = Samples.Minimal()
            .AddRow(new RowPanel("hidden").Collapsed().AddPanels(Panel("a", 12, 4), Panel("b", 12, 4), Panel("c", 12, 4)))
            .AddRow(new RowPanel("next").AddPanel(Panel("d", 12, 4)));
        var panels = Emitted.Of(dashboard).GetProperty("panels");
        Assert.Equal(3, panels.GetArrayLength());
        var hidden = panels[0];
        Assert.True(hidden.GetProperty("collapsed").GetBoolean());
        var children = hidden.GetProperty("panels");
        Assert.Equal(3, children.GetArrayLength());
        Assert.Equal((0, 1, 12, 4), Pos(children[0]));
        Assert.Equal((12, 1, 12, 4), Pos(children[1]));
        Assert.Equal((0, 5, 12, 4), Pos(children[2]));
        Assert.Equal((0, 1, 24, 1), Pos(panels[1]));
        Assert.Equal((0, 2, 12, 4), Pos(panels[2]));
    }

    [Fact]
    public void Flowing_panels_go_around_fixed_ones()
    {
        var dashboard = Samples.Minimal().AddPanels(Panel("flow1", 8, 4), Panel("fixed", 8, 4).At(8, 0), Panel("flow2", 8, 4), Panel("flow3", 8, 4));
        var panels = Emitted.Of(dashboard).GetProperty("panels");
        Assert.Equal((0, 0, 8, 4), Pos(panels[0]));
        Assert.Equal((8, 0, 8, 4), Pos(panels[1]));
        Assert.Equal((16, 0, 8, 4), Pos(panels[2]));
        Assert.Equal((0, 4, 8, 4), Pos(panels[3]));
        Compile.Ok(dashboard);
    }

    [Fact]
    public void Fixed_positions_in_a_row_are_relative_to_the_line_below_the_row()
    {
        var dashboard = Samples.Minimal().AddPanel(Panel("top", 24, 3))
            .AddRow(new RowPanel("r").AddPanel(Panel("fixed", 6, 2).At(18, 1)));
        var panels = Emitted.Of(dashboard).GetProperty("panels");
        Assert.Equal((0, 3, 24, 1), Pos(panels[1]));
        Assert.Equal((18, 5, 6, 2), Pos(panels[2]));
    }

    [Fact]
    public void Panel_ids_are_unique_and_follow_emit_order_including_rows_and_collapsed_children()
    {
        var dashboard = Samples.Minimal().AddPanel(Panel("a", 6, 2))
            .AddRow(new RowPanel("r1").Collapsed().AddPanels(Panel("b", 6, 2), Panel("c", 6, 2)))
            .AddRow(new RowPanel("r2").AddPanel(Panel("d", 6, 2)));
        var panels = Emitted.Of(dashboard).GetProperty("panels");
        var ids = new List<int>();
        foreach (var p in panels.EnumerateArray())
        {
            ids.Add(p.GetProperty("id").GetInt32());
            foreach (var child in p.TryGetProperty("panels", out var c) ? c.EnumerateArray() : default) ids.Add(child.GetProperty("id").GetInt32());
        }
        Assert.Equal([1, 2, 3, 4, 5, 6], ids);
    }

    [Theory]
    [InlineData(0, 4, "panels[0].gridPos.w", "width 0 is outside 1–24")]
    [InlineData(25, 4, "panels[0].gridPos.w", "width 25 is outside 1–24")]
    [InlineData(6, 0, "panels[0].gridPos.h", "height 0 must be at least 1")]
    public void Sizes_outside_the_grid_are_errors(int w, int h, string path, string message)
    {
        var error = Assert.Single(Compile.Errors(Samples.Minimal().AddPanel(Panel("bad", w, h))));
        Assert.Equal("bad", error.Panel);
        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Fixed_position_past_the_right_edge_is_an_error()
    {
        var error = Assert.Single(Compile.Errors(Samples.Minimal().AddPanel(Panel("wide", 12, 4).At(14, 0))));
        Assert.Equal("panels[0].gridPos", error.Path);
        Assert.Contains("x 14 + w 12 exceeds the 24 grid columns", error.Message);
    }

    [Fact]
    public void Negative_fixed_coordinates_are_errors()
    {
        var errors = Compile.Errors(Samples.Minimal().AddPanel(Panel("neg", 4, 4).At(-1, -2)));
        Assert.Contains(errors, e => e.Path == "panels[0].gridPos.x");
        Assert.Contains(errors, e => e.Path == "panels[0].gridPos.y");
    }

    [Fact]
    public void Overlapping_fixed_panels_are_an_error_naming_both()
    {
        var dashboard = Samples.Minimal().AddPanels(Panel("first", 12, 4).At(0, 0), Panel("second", 12, 4).At(6, 2));
        var error = Assert.Single(Compile.Errors(dashboard));
        Assert.Equal("second", error.Panel);
        Assert.Equal("panels[1].gridPos", error.Path);
        Assert.Contains("overlaps panel \"first\"", error.Message);
    }

    [Fact]
    public void Default_sizes_depend_on_the_panel_type()
    {
        Assert.Equal((12, 8), (new TimeSeriesPanel("t").Width, new TimeSeriesPanel("t").Height));
        Assert.Equal((6, 4), (new StatPanel("s").Width, new StatPanel("s").Height));
        Assert.Equal(24, new TablePanel("t").Width);
    }

    [Fact]
    public void A_layout_does_not_depend_on_the_dashboards_laid_out_before_it_on_the_thread()
    {
        // The engine reuses its scratch grid per thread; a tall, crowded dashboard before must leave no trace.
        var small = Samples.Minimal().AddPanels(Panel("a", 8, 4), Panel("b", 24, 2)).AddRow(new RowPanel("r").AddPanel(Panel("c", 12, 3)));
        var first = Model.Json.DashboardJson.SerializeToString(small);
        var crowded = Samples.Minimal().AddPanels([.. Enumerable.Range(0, 200).Select(i => Panel("p" + i, 1 + i % 24, 1 + i % 7))])
            .AddPanel(Panel("fixed", 6, 6).At(0, 0)).AddRow(new RowPanel("r").Collapsed().AddPanel(Panel("x", 24, 40)));
        _ = Model.Json.DashboardJson.Serialize(crowded);
        Assert.Equal(first, Model.Json.DashboardJson.SerializeToString(small));
        var overlapping = Samples.Minimal().AddPanels(Panel("f1", 6, 4).At(0, 0), Panel("f2", 6, 4).At(2, 2));
        var issues = Validator(overlapping);
        Assert.Contains("overlaps panel \"f1\"", issues);
        _ = Model.Json.DashboardJson.Serialize(crowded);
        Assert.Equal(issues, Validator(overlapping));
        Assert.Equal(first, Model.Json.DashboardJson.SerializeToString(small));
    }

    private static string Validator(Dashboard dashboard) =>
        string.Join("\n", LayoutEngine.Arrange(dashboard).Issues.Select(i => $"{i.Site} {i.Field} {i.Message}"));
}
