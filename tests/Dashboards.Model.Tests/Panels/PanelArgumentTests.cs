namespace Dashboards.Model.Tests;

/// <summary>Arguments that can never be right are rejected when the model is built, before compiling.</summary>
public class PanelArgumentTests
{
    [Fact]
    public void Out_of_range_option_values_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeSeriesPanel("t").Style(s => s.WithFillOpacity(150)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeSeriesPanel("t").Style(s => s.WithLineWidth(11)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatPanel("s").Decimals(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HeatmapPanel("h").CellGap(26));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BarChartPanel("b").BarRadius(0.6));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BarChartPanel("b").XTickLabels(rotation: 120));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StateTimelinePanel("s").RowHeight(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatPanel("s").WithMaxDataPoints(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Reducer.Percentile(100));
        Assert.Throws<ArgumentException>(() => new StatPanel("s").Repeat("$var"));
        Assert.Throws<ArgumentException>(() => new Dashboard("uid", " "));
    }

    [Fact]
    public void Panel_type_ids()
    {
        Panel[] panels =
        [
            new TimeSeriesPanel("a"), new StatPanel("a"), new GaugePanel("a"), new BarGaugePanel("a"), new TablePanel("a"), new PieChartPanel("a"),
            new HeatmapPanel("a"), new NodeGraphPanel("a"), new TextPanel("a", ""), new LogsPanel("a"), new BarChartPanel("a"), new StateTimelinePanel("a"),
        ];
        Assert.Equal(["timeseries", "stat", "gauge", "bargauge", "table", "piechart", "heatmap", "nodeGraph", "text", "logs", "barchart", "state-timeline"],
            panels.Select(p => p.PluginId));
    }

    [Theory]
    [InlineData(30_000, "30s")]
    [InlineData(300_000, "5m")]
    [InlineData(7_200_000, "2h")]
    [InlineData(86_400_000, "1d")]
    [InlineData(1_209_600_000, "2w")]
    [InlineData(1_500, "1500ms")]
    [InlineData(90_000, "90s")]
    public void Durations_use_the_largest_whole_unit(long milliseconds, string expected) =>
        Assert.Equal(expected, GrafanaDuration.Format(TimeSpan.FromMilliseconds(milliseconds)));

    [Fact]
    public void Durations_must_be_positive_whole_milliseconds()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GrafanaDuration.Format(TimeSpan.Zero));
        Assert.Throws<ArgumentException>(() => GrafanaDuration.Format(TimeSpan.FromTicks(15_000)));
    }
}
