namespace Dashboards.Model;

public enum BarGaugeDisplayMode { Basic, Lcd, Gradient }
public enum BarGaugeValueMode { Color, Text, Hidden }
public enum BarGaugeNamePlacement { Auto, Top, Left, Hidden }

/// <summary>Options of <see cref="BarGaugePanel"/>.</summary>
public sealed record BarGaugeOptions
{
    public static BarGaugeOptions Default { get; } = new();

    public BarGaugeDisplayMode DisplayMode { get; init; } = BarGaugeDisplayMode.Gradient;
    public BarGaugeValueMode ValueMode { get; init; } = BarGaugeValueMode.Color;
    public BarGaugeNamePlacement NamePlacement { get; init; } = BarGaugeNamePlacement.Auto;
    public bool ShowUnfilled { get; init; } = true;
    public VizSizing Sizing { get; init; } = VizSizing.Auto;
    public int MinVizWidth { get; init; } = 8;
    public int MinVizHeight { get; init; } = 16;
    public int MaxVizHeight { get; init; } = 300;
    public Orientation Orientation { get; init; } = Orientation.Horizontal;
    public LegendOptions Legend { get; init; } = LegendOptions.Default.Hidden();
    public ReduceOptions Reduce { get; init; } = ReduceOptions.Default;
    public TextSizes? Text { get; init; }
}

/// <summary>Horizontal or vertical bars per value (<c>bargauge</c>).</summary>
public sealed record BarGaugePanel : Panel<BarGaugePanel>
{
    public BarGaugePanel(string title) : base(title, 12, 8) { }

    public override string PluginId => "bargauge";

    public BarGaugeOptions Options { get; init; } = BarGaugeOptions.Default;

    public BarGaugePanel DisplayMode(BarGaugeDisplayMode mode) => this with { Options = Options with { DisplayMode = mode } };
    public BarGaugePanel ValueMode(BarGaugeValueMode mode) => this with { Options = Options with { ValueMode = mode } };
    public BarGaugePanel NamePlacement(BarGaugeNamePlacement placement) => this with { Options = Options with { NamePlacement = placement } };
    public BarGaugePanel ShowUnfilled(bool show = true) => this with { Options = Options with { ShowUnfilled = show } };
    public BarGaugePanel ManualSizing(int minWidth, int minHeight, int maxHeight) =>
        this with { Options = Options with { Sizing = VizSizing.Manual, MinVizWidth = minWidth, MinVizHeight = minHeight, MaxVizHeight = maxHeight } };
    public BarGaugePanel Orientation(Orientation orientation) => this with { Options = Options with { Orientation = orientation } };
    public BarGaugePanel Legend(Func<LegendOptions, LegendOptions> configure) => this with { Options = Options with { Legend = configure(Options.Legend) } };
    public BarGaugePanel TextSize(TextSizes sizes) => this with { Options = Options with { Text = sizes } };
    public BarGaugePanel Reduce(Func<ReduceOptions, ReduceOptions> configure) => this with { Options = Options with { Reduce = configure(Options.Reduce) } };
    public BarGaugePanel Reduce(Reducer reducer) => Reduce(r => r.Calc(reducer));
}
