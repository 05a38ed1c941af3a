namespace Dashboards.Model;

/// <summary>Options of <see cref="BarChartPanel"/>.</summary>
public sealed record BarChartOptions
{
    public static BarChartOptions Default { get; } = new();

    public string? XField { get; init; }
    public string? ColorByField { get; init; }
    public Orientation Orientation { get; init; } = Orientation.Auto;
    public double? BarRadius { get; init; }
    public int XTickLabelRotation { get; init; }
    public int XTickLabelMaxLength { get; init; }
    public int? XTickLabelSpacing { get; init; }
    public StackingMode Stacking { get; init; } = StackingMode.None;
    public Visibility ShowValue { get; init; } = Visibility.Auto;
    public double BarWidth { get; init; } = 0.97;
    public double GroupWidth { get; init; } = 0.7;
    public bool FullHighlight { get; init; }
    public LegendOptions Legend { get; init; } = LegendOptions.Default;
    public TooltipOptions Tooltip { get; init; } = TooltipOptions.Default;
    public TextSizes? Text { get; init; }
}

/// <summary>Bar chart of categorical data (<c>barchart</c>), e.g. from instant queries with format table.</summary>
public sealed record BarChartPanel : Panel<BarChartPanel>
{
    public BarChartPanel(string title) : base(title, 12, 8) { }

    public override string PluginId => "barchart";

    public BarChartOptions Options { get; init; } = BarChartOptions.Default;
    public int LineWidthValue { get; init; } = 1;
    public int FillOpacityValue { get; init; } = 80;
    public GradientMode GradientModeValue { get; init; } = GradientMode.None;
    public AxisOptions AxisOptions { get; init; } = AxisOptions.Default;
    public ThresholdsStyle? ThresholdsStyleValue { get; init; }

    public BarChartPanel XField(string field) => this with { Options = Options with { XField = field } };
    public BarChartPanel ColorByField(string field) => this with { Options = Options with { ColorByField = field } };
    public BarChartPanel Orientation(Orientation orientation) => this with { Options = Options with { Orientation = orientation } };
    public BarChartPanel Stacking(StackingMode mode) => this with { Options = Options with { Stacking = mode } };
    public BarChartPanel ShowValue(Visibility visibility) => this with { Options = Options with { ShowValue = visibility } };

    /// <summary>Bar width and group width as fractions (0–1) of the available space.</summary>
    public BarChartPanel BarWidths(double barWidth, double groupWidth)
    {
        if (barWidth is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(barWidth), barWidth, "Bar width is a fraction in (0, 1].");
        if (groupWidth is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(groupWidth), groupWidth, "Group width is a fraction in (0, 1].");
        return this with { Options = Options with { BarWidth = barWidth, GroupWidth = groupWidth } };
    }

    public BarChartPanel BarRadius(double radius) =>
        radius is >= 0 and <= 0.5 ? this with { Options = Options with { BarRadius = radius } } : throw new ArgumentOutOfRangeException(nameof(radius), radius, "Bar radius goes from 0 to 0.5.");
    public BarChartPanel XTickLabels(int rotation = 0, int maxLength = 0, int? spacing = null) =>
        rotation is >= -90 and <= 90
            ? this with { Options = Options with { XTickLabelRotation = rotation, XTickLabelMaxLength = maxLength, XTickLabelSpacing = spacing } }
            : throw new ArgumentOutOfRangeException(nameof(rotation), rotation, "Tick label rotation goes from -90 to 90.");
    public BarChartPanel FullHighlight(bool enable = true) => this with { Options = Options with { FullHighlight = enable } };
    public BarChartPanel Legend(Func<LegendOptions, LegendOptions> configure) => this with { Options = Options with { Legend = configure(Options.Legend) } };
    public BarChartPanel Tooltip(Func<TooltipOptions, TooltipOptions> configure) => this with { Options = Options with { Tooltip = configure(Options.Tooltip) } };
    public BarChartPanel TextSize(TextSizes sizes) => this with { Options = Options with { Text = sizes } };

    public BarChartPanel LineWidth(int width) => this with { LineWidthValue = width };
    public BarChartPanel FillOpacity(int percent) =>
        percent is >= 0 and <= 100 ? this with { FillOpacityValue = percent } : throw new ArgumentOutOfRangeException(nameof(percent), percent, "Fill opacity goes from 0 to 100.");
    public BarChartPanel Gradient(GradientMode mode) => this with { GradientModeValue = mode };
    public BarChartPanel Axis(Func<AxisOptions, AxisOptions> configure) => this with { AxisOptions = configure(AxisOptions) };
    public BarChartPanel ThresholdsAs(ThresholdsStyle style) => this with { ThresholdsStyleValue = style };
}
