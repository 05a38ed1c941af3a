namespace Dashboards.Model;

public enum DrawStyle { Line, Bars, Points }
public enum LineInterpolation { Linear, Smooth, StepBefore, StepAfter }
public enum GradientMode { None, Opacity, Hue, Scheme }
public enum BarAlignment { Before = -1, Center = 0, After = 1 }
public enum GraphTransform { Constant, NegativeY }

/// <summary>How thresholds are drawn on graphs (<c>custom.thresholdsStyle.mode</c>).</summary>
public enum ThresholdsStyle { Off, Line, Dashed, Area, LineAndArea, DashedAndArea, Series }

/// <summary>
/// Series drawing of time series (<c>fieldConfig.defaults.custom</c>):
/// <c>s => s.Bars().FillOpacity(30).Stack(StackingMode.Normal)</c>.
/// </summary>
public sealed record GraphStyle
{
    public static GraphStyle Default { get; } = new();

    public DrawStyle DrawStyleValue { get; init; } = DrawStyle.Line;
    public LineInterpolation? InterpolationValue { get; init; }
    public int LineWidthValue { get; init; } = 1;
    public int FillOpacityValue { get; init; }
    public GradientMode? GradientModeValue { get; init; }
    public Visibility ShowPointsValue { get; init; } = Visibility.Auto;
    public int? PointSizeValue { get; init; }
    public bool? SpanNullsValue { get; init; }
    public BarAlignment? BarAlignmentValue { get; init; }
    public Stacking? StackingValue { get; init; }
    public ThresholdsStyle? ThresholdsStyleValue { get; init; }

    public GraphStyle Lines() => this with { DrawStyleValue = DrawStyle.Line };
    public GraphStyle Bars(BarAlignment alignment = BarAlignment.Center) => this with { DrawStyleValue = DrawStyle.Bars, BarAlignmentValue = alignment };
    public GraphStyle Points() => this with { DrawStyleValue = DrawStyle.Points, ShowPointsValue = Visibility.Always };
    public GraphStyle Interpolation(LineInterpolation interpolation) => this with { InterpolationValue = interpolation };

    public GraphStyle LineWidth(int width) =>
        width is >= 0 and <= 10 ? this with { LineWidthValue = width } : throw new ArgumentOutOfRangeException(nameof(width), width, "Line width goes from 0 to 10.");

    public GraphStyle FillOpacity(int percent) =>
        percent is >= 0 and <= 100 ? this with { FillOpacityValue = percent } : throw new ArgumentOutOfRangeException(nameof(percent), percent, "Fill opacity goes from 0 to 100.");

    public GraphStyle Gradient(GradientMode mode) => this with { GradientModeValue = mode };
    public GraphStyle ShowPoints(Visibility visibility, int? size = null) => this with { ShowPointsValue = visibility, PointSizeValue = size ?? PointSizeValue };
    public GraphStyle SpanNulls(bool connect = true) => this with { SpanNullsValue = connect };
    public GraphStyle Stack(StackingMode mode, string group = "A") => this with { StackingValue = new Stacking(mode, group) };
    public GraphStyle ThresholdsAs(ThresholdsStyle style) => this with { ThresholdsStyleValue = style };
}
