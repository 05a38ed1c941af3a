namespace Dashboards.Model;

/// <summary>Time series graph (<c>timeseries</c>).</summary>
public sealed record TimeSeriesPanel : Panel<TimeSeriesPanel>
{
    public TimeSeriesPanel(string title) : base(title, 12, 8) { }

    public override string PluginId => "timeseries";

    public LegendOptions LegendOptions { get; init; } = LegendOptions.Default;
    public TooltipOptions TooltipOptions { get; init; } = TooltipOptions.Default;
    public GraphStyle GraphStyle { get; init; } = GraphStyle.Default;
    public AxisOptions AxisOptions { get; init; } = AxisOptions.Default;

    public TimeSeriesPanel Legend(Func<LegendOptions, LegendOptions> configure) => this with { LegendOptions = configure(LegendOptions) };
    public TimeSeriesPanel Tooltip(Func<TooltipOptions, TooltipOptions> configure) => this with { TooltipOptions = configure(TooltipOptions) };

    /// <summary>How series are drawn: lines/bars/points, fill, stacking, threshold style.</summary>
    public TimeSeriesPanel Style(Func<GraphStyle, GraphStyle> configure) => this with { GraphStyle = configure(GraphStyle) };
    public TimeSeriesPanel Axis(Func<AxisOptions, AxisOptions> configure) => this with { AxisOptions = configure(AxisOptions) };

    /// <summary>Shortcut for <c>Style(s => s.Stack(mode))</c>.</summary>
    public TimeSeriesPanel Stacking(StackingMode mode) => this with { GraphStyle = GraphStyle.Stack(mode) };
}
