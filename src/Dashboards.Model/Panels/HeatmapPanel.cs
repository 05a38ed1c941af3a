namespace Dashboards.Model;

public enum HeatmapColorMode { Opacity, Scheme }
public enum HeatmapColorScale { Linear, Exponential }
public enum HeatmapCellLayout { Le, Ge, Unknown, Auto }

/// <summary>Heatmap cell coloring.</summary>
public sealed record HeatmapColor
{
    public static HeatmapColor Default { get; } = new();

    public HeatmapColorMode Mode { get; init; } = HeatmapColorMode.Scheme;
    /// <summary>A d3 color scheme name, e.g. <c>Oranges</c>, <c>Spectral</c>, <c>RdYlGn</c>.</summary>
    public string Scheme { get; init; } = "Oranges";
    /// <summary>Base color in opacity mode.</summary>
    public Color Fill { get; init; } = Color.DarkOrange;
    public HeatmapColorScale Scale { get; init; } = HeatmapColorScale.Exponential;
    public double Exponent { get; init; } = 0.5;
    public int Steps { get; init; } = 64;
    public bool Reverse { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
}

/// <summary>Options of <see cref="HeatmapPanel"/>.</summary>
public sealed record HeatmapOptions
{
    public static HeatmapOptions Default { get; } = new();

    /// <summary>False: the data already are buckets (e.g. Prometheus histogram <c>le</c> series with format heatmap).</summary>
    public bool Calculate { get; init; }
    public HeatmapColor Color { get; init; } = HeatmapColor.Default;
    public Visibility ShowValue { get; init; } = Visibility.Auto;
    public int CellGap { get; init; } = 1;
    public Unit? CellUnit { get; init; }
    public int? CellDecimals { get; init; }
    public HeatmapCellLayout? RowsLayout { get; init; }
    public AxisOptions YAxis { get; init; } = AxisOptions.Default;
    public Unit? YAxisUnit { get; init; }
    public bool YAxisReverse { get; init; }
    public int? YAxisDecimals { get; init; }
    public bool ShowLegend { get; init; } = true;
    public TooltipMode TooltipMode { get; init; } = TooltipMode.Single;
    public bool TooltipYHistogram { get; init; }
    public bool TooltipShowColorScale { get; init; }
    public Color ExemplarColor { get; init; } = Model.Color.Rgba(255, 0, 255, 0.7);
}

/// <summary>Heatmap of buckets over time (<c>heatmap</c>).</summary>
public sealed record HeatmapPanel : Panel<HeatmapPanel>
{
    public HeatmapPanel(string title) : base(title, 12, 8) { }

    public override string PluginId => "heatmap";

    public HeatmapOptions Options { get; init; } = HeatmapOptions.Default;

    /// <summary>Lets Grafana bucket raw series itself instead of using pre-bucketed data.</summary>
    public HeatmapPanel CalculateBuckets(bool calculate = true) => this with { Options = Options with { Calculate = calculate } };
    public HeatmapPanel ColorScheme(string scheme, bool reverse = false) =>
        this with { Options = Options with { Color = Options.Color with { Mode = HeatmapColorMode.Scheme, Scheme = scheme, Reverse = reverse } } };
    public HeatmapPanel ColorOpacity(Color fill, HeatmapColorScale scale = HeatmapColorScale.Exponential) =>
        this with { Options = Options with { Color = Options.Color with { Mode = HeatmapColorMode.Opacity, Fill = fill, Scale = scale } } };
    public HeatmapPanel ShowValue(Visibility visibility) => this with { Options = Options with { ShowValue = visibility } };
    public HeatmapPanel CellGap(int pixels) =>
        pixels is >= 0 and <= 25 ? this with { Options = Options with { CellGap = pixels } } : throw new ArgumentOutOfRangeException(nameof(pixels), pixels, "Cell gap goes from 0 to 25.");
    public HeatmapPanel CellValues(Unit unit, int? decimals = null) => this with { Options = Options with { CellUnit = unit, CellDecimals = decimals } };

    /// <summary>Y axis: unit of the bucket bounds, axis look, reversed order.</summary>
    public HeatmapPanel YAxis(Unit? unit = null, Func<AxisOptions, AxisOptions>? configure = null, bool reverse = false, int? decimals = null) =>
        this with { Options = Options with { YAxisUnit = unit, YAxis = configure is null ? Options.YAxis : configure(Options.YAxis), YAxisReverse = reverse, YAxisDecimals = decimals } };

    /// <summary>How bucket bounds are read: <c>le</c> for Prometheus histograms.</summary>
    public HeatmapPanel RowsLayout(HeatmapCellLayout layout) => this with { Options = Options with { RowsLayout = layout } };
    public HeatmapPanel ShowLegend(bool show = true) => this with { Options = Options with { ShowLegend = show } };
    public HeatmapPanel Tooltip(TooltipMode mode, bool yHistogram = false, bool showColorScale = false) =>
        this with { Options = Options with { TooltipMode = mode, TooltipYHistogram = yHistogram, TooltipShowColorScale = showColorScale } };
    public HeatmapPanel ExemplarColor(Color color) => this with { Options = Options with { ExemplarColor = color } };
}
