namespace Dashboards.Model;

public enum ThresholdsMode { Absolute, Percentage }

/// <summary>One threshold step: from <see cref="Value"/> upwards the color is <see cref="Color"/>. The base step has no value (−∞).</summary>
public sealed record ThresholdStep(double? Value, Color Color);

/// <summary>
/// Threshold steps, e.g. <c>Thresholds.Absolute(Color.Green).Step(80, Color.Orange).Step(95, Color.Red)</c>.
/// Steps are kept in the order given; validation reports steps that are not ascending.
/// </summary>
public sealed record Thresholds
{
    private Thresholds(ThresholdsMode mode, ImmutableArray<ThresholdStep> steps)
    {
        Mode = mode;
        Steps = steps;
    }

    public ThresholdsMode Mode { get; }

    /// <summary>The base step (value null) followed by the added steps.</summary>
    public ImmutableArray<ThresholdStep> Steps { get; private init; }

    /// <summary>Absolute thresholds starting with <paramref name="baseColor"/> below the first step.</summary>
    public static Thresholds Absolute(Color baseColor) => new(ThresholdsMode.Absolute, [new ThresholdStep(null, baseColor)]);

    /// <summary>Thresholds as percentages (0–100) of the field's min..max.</summary>
    public static Thresholds Percentage(Color baseColor) => new(ThresholdsMode.Percentage, [new ThresholdStep(null, baseColor)]);

    /// <summary>From <paramref name="value"/> upwards use <paramref name="color"/>.</summary>
    public Thresholds Step(double value, Color color)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "A threshold step needs a finite value.");
        return this with { Steps = Steps.Add(new ThresholdStep(value, color)) };
    }
}
