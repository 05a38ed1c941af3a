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

    /// <summary>Interpolates from the fixed colour by value order (the highest value gets it).</summary>
    Gradient,
    PaletteColorblind,
    PaletteCategoricalNext,
    PaletteCategoricalNext2,
    PaletteCategoricalNext3,
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

    /// <summary>Grafana's colour-blind-safe palette.</summary>
    public static FieldColor PaletteColorblind { get; } = new(FieldColorMode.PaletteColorblind, null);
    public static FieldColor PaletteCategoricalNext { get; } = new(FieldColorMode.PaletteCategoricalNext, null);
    public static FieldColor PaletteCategoricalNext2 { get; } = new(FieldColorMode.PaletteCategoricalNext2, null);
    public static FieldColor PaletteCategoricalNext3 { get; } = new(FieldColorMode.PaletteCategoricalNext3, null);

    /// <summary>One color for every value.</summary>
    public static FieldColor Fixed(Color color) => new(FieldColorMode.Fixed, color);

    /// <summary>Shades of one color, one shade per series.</summary>
    public static FieldColor Shades(Color color) => new(FieldColorMode.Shades, color);

    /// <summary>From <paramref name="color"/> (highest value) to its lightest shade (lowest), by value order.</summary>
    public static FieldColor Gradient(Color color) => new(FieldColorMode.Gradient, color);

    /// <summary>A continuous scheme (<paramref name="mode"/> must be one of the Continuous* modes).</summary>
    public static FieldColor Continuous(FieldColorMode mode)
    {
        if (mode is FieldColorMode.Fixed or FieldColorMode.Shades or FieldColorMode.Gradient or FieldColorMode.Thresholds
            or FieldColorMode.PaletteClassic or FieldColorMode.PaletteClassicByName or FieldColorMode.PaletteColorblind
            or FieldColorMode.PaletteCategoricalNext or FieldColorMode.PaletteCategoricalNext2 or FieldColorMode.PaletteCategoricalNext3)
            throw new ArgumentException($"{mode} is not a continuous color mode.", nameof(mode));
        return new FieldColor(mode, null);
    }

    /// <summary>Which value of a series decides its color.</summary>
    public FieldColor By(SeriesColorBy seriesBy) => this with { SeriesBy = seriesBy };
}
