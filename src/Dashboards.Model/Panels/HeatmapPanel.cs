namespace Dashboards.Model;

// Shortcuts of the generated HeatmapPanel (Spec/panels/heatmap.json).
public sealed partial record HeatmapPanel
{
    public HeatmapPanel ColorScheme(string scheme, bool reverse = false) =>
        this with { Options = Options with { Color = Options.Color with { Mode = HeatmapColorMode.Scheme, Scheme = scheme, Reverse = reverse } } };
    public HeatmapPanel ColorOpacity(Color fill, HeatmapColorScale scale = HeatmapColorScale.Exponential) =>
        this with { Options = Options with { Color = Options.Color with { Mode = HeatmapColorMode.Opacity, Fill = fill, Scale = scale } } };
    public HeatmapPanel CellValues(Unit unit, int? decimals = null) => this with { Options = Options with { CellUnit = unit, CellDecimals = decimals } };

    /// <summary>Y axis: unit of the bucket bounds, axis look, reversed order.</summary>
    public HeatmapPanel YAxis(Unit? unit = null, Func<AxisOptions, AxisOptions>? configure = null, bool reverse = false, int? decimals = null) =>
        this with { Options = Options with { YAxisUnit = unit, YAxis = configure is null ? Options.YAxis : configure(Options.YAxis), YAxisReverse = reverse, YAxisDecimals = decimals } };

    public HeatmapPanel Tooltip(TooltipMode mode, bool yHistogram = false, bool showColorScale = false) =>
        this with { Options = Options with { TooltipMode = mode, TooltipYHistogram = yHistogram, TooltipShowColorScale = showColorScale } };
}
