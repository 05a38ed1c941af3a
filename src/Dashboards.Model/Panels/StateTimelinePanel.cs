namespace Dashboards.Model;

public enum TimelineValueAlignment { Left, Center, Right }

/// <summary>Options of <see cref="StateTimelinePanel"/>.</summary>
public sealed record StateTimelineOptions
{
    public static StateTimelineOptions Default { get; } = new();

    public Visibility ShowValue { get; init; } = Visibility.Auto;
    public double RowHeight { get; init; } = 0.9;
    public bool MergeValues { get; init; } = true;
    public TimelineValueAlignment AlignValue { get; init; } = TimelineValueAlignment.Left;
    public int? PerPage { get; init; }
    public LegendOptions Legend { get; init; } = LegendOptions.Default;
    public TooltipOptions Tooltip { get; init; } = TooltipOptions.Default;
}

/// <summary>States over time as colored bands (<c>state-timeline</c>); pair with value mappings and thresholds.</summary>
public sealed record StateTimelinePanel : Panel<StateTimelinePanel>
{
    public StateTimelinePanel(string title) : base(title, 24, 6) { }

    public override string PluginId => "state-timeline";

    public StateTimelineOptions Options { get; init; } = StateTimelineOptions.Default;
    public int LineWidthValue { get; init; }
    public int FillOpacityValue { get; init; } = 70;
    public bool? SpanNullsValue { get; init; }

    public StateTimelinePanel ShowValue(Visibility visibility) => this with { Options = Options with { ShowValue = visibility } };

    /// <summary>Row height as a fraction (0–1) of the available space.</summary>
    public StateTimelinePanel RowHeight(double fraction) =>
        fraction is > 0 and <= 1 ? this with { Options = Options with { RowHeight = fraction } } : throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "Row height is a fraction in (0, 1].");
    public StateTimelinePanel MergeValues(bool merge = true) => this with { Options = Options with { MergeValues = merge } };
    public StateTimelinePanel AlignValue(TimelineValueAlignment alignment) => this with { Options = Options with { AlignValue = alignment } };
    public StateTimelinePanel PerPage(int rows) => this with { Options = Options with { PerPage = rows } };
    public StateTimelinePanel Legend(Func<LegendOptions, LegendOptions> configure) => this with { Options = Options with { Legend = configure(Options.Legend) } };
    public StateTimelinePanel Tooltip(Func<TooltipOptions, TooltipOptions> configure) => this with { Options = Options with { Tooltip = configure(Options.Tooltip) } };
    public StateTimelinePanel LineWidth(int width) => this with { LineWidthValue = width };
    public StateTimelinePanel FillOpacity(int percent) =>
        percent is >= 0 and <= 100 ? this with { FillOpacityValue = percent } : throw new ArgumentOutOfRangeException(nameof(percent), percent, "Fill opacity goes from 0 to 100.");
    public StateTimelinePanel SpanNulls(bool connect = true) => this with { SpanNullsValue = connect };
}
