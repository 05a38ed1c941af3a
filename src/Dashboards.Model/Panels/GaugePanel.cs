namespace Dashboards.Model;

/// <summary>Options of <see cref="GaugePanel"/>.</summary>
public sealed record GaugeOptions
{
    public static GaugeOptions Default { get; } = new();

    public bool ShowThresholdLabels { get; init; }
    public bool ShowThresholdMarkers { get; init; } = true;
    public VizSizing Sizing { get; init; } = VizSizing.Auto;
    public int MinVizWidth { get; init; } = 75;
    public int MinVizHeight { get; init; } = 75;
    public Orientation Orientation { get; init; } = Orientation.Auto;
    public ReduceOptions Reduce { get; init; } = ReduceOptions.Default;
    public TextSizes? Text { get; init; }
}

/// <summary>Radial gauge (<c>gauge</c>).</summary>
public sealed record GaugePanel : Panel<GaugePanel>
{
    public GaugePanel(string title) : base(title, 6, 6) { }

    public override string PluginId => "gauge";

    public GaugeOptions Options { get; init; } = GaugeOptions.Default;

    public GaugePanel ThresholdLabels(bool show = true) => this with { Options = Options with { ShowThresholdLabels = show } };
    public GaugePanel ThresholdMarkers(bool show = true) => this with { Options = Options with { ShowThresholdMarkers = show } };

    /// <summary>Manual sizing with minimum visualization size in pixels.</summary>
    public GaugePanel ManualSizing(int minWidth, int minHeight) =>
        this with { Options = Options with { Sizing = VizSizing.Manual, MinVizWidth = minWidth, MinVizHeight = minHeight } };
    public GaugePanel Orientation(Orientation orientation) => this with { Options = Options with { Orientation = orientation } };
    public GaugePanel TextSize(TextSizes sizes) => this with { Options = Options with { Text = sizes } };
    public GaugePanel Reduce(Func<ReduceOptions, ReduceOptions> configure) => this with { Options = Options with { Reduce = configure(Options.Reduce) } };
    public GaugePanel Reduce(Reducer reducer) => Reduce(r => r.Calc(reducer));
}
