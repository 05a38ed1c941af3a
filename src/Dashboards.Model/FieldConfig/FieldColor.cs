namespace Dashboards.Model;

/// <summary>Grafana's field color modes (<c>fieldConfig.defaults.color.mode</c>).</summary>
public enum FieldColorMode
{
    Thresholds,
    PaletteClassic,
    PaletteClassicByName,
    ContinuousGreenYellowRed,
    ContinuousRedYellowGreen,
    ContinuousBlueYellowRed,
    ContinuousYellowRed,
    ContinuousBluePurple,
    ContinuousYellowBlue,
    ContinuousBlues,
    ContinuousReds,
    ContinuousGreens,
    ContinuousPurples,
    ContinuousViridis,
    ContinuousMagma,
    ContinuousPlasma,
    ContinuousInferno,
    ContinuousCividis,
    Fixed,
    Shades,
}

/// <summary>Which value of a series picks its color in continuous/threshold modes.</summary>
public enum SeriesColorBy { Last, Min, Max }

/// <summary>How a field is colored: <c>FieldColor.Fixed(Color.Blue)</c>, <c>FieldColor.Thresholds</c>, <c>FieldColor.PaletteClassic</c>...</summary>
public sealed record FieldColor
{
    private FieldColor(FieldColorMode mode, Color? fixedColor)
    {
        Mode = mode;
        FixedColor = fixedColor;
    }

    public FieldColorMode Mode { get; }
    public Color? FixedColor { get; }
    public SeriesColorBy? SeriesBy { get; private init; }

    public static FieldColor Thresholds { get; } = new(FieldColorMode.Thresholds, null);
    public static FieldColor PaletteClassic { get; } = new(FieldColorMode.PaletteClassic, null);
    public static FieldColor PaletteClassicByName { get; } = new(FieldColorMode.PaletteClassicByName, null);

    /// <summary>One color for every value.</summary>
    public static FieldColor Fixed(Color color) => new(FieldColorMode.Fixed, color);

    /// <summary>Shades of one color, one shade per series.</summary>
    public static FieldColor Shades(Color color) => new(FieldColorMode.Shades, color);

    /// <summary>A continuous scheme (<paramref name="mode"/> must be one of the Continuous* modes).</summary>
    public static FieldColor Continuous(FieldColorMode mode)
    {
        if (mode is FieldColorMode.Fixed or FieldColorMode.Shades or FieldColorMode.Thresholds
            or FieldColorMode.PaletteClassic or FieldColorMode.PaletteClassicByName)
            throw new ArgumentException($"{mode} is not a continuous color mode.", nameof(mode));
        return new FieldColor(mode, null);
    }

    /// <summary>Which value of a series decides its color.</summary>
    public FieldColor By(SeriesColorBy seriesBy) => this with { SeriesBy = seriesBy };
}
