using System.Globalization;
using System.Text.RegularExpressions;

namespace Dashboards.Model;

/// <summary>
/// A color as Grafana stores it: a named palette color (<c>green</c>, <c>semi-dark-red</c>...) or a CSS hex/rgba value.
/// </summary>
public sealed partial record Color
{
    private Color(string value) => Value = value;

    /// <summary>The string Grafana stores.</summary>
    public string Value { get; }

    public static readonly Color Red = new("red");
    public static readonly Color DarkRed = new("dark-red");
    public static readonly Color SemiDarkRed = new("semi-dark-red");
    public static readonly Color LightRed = new("light-red");
    public static readonly Color SuperLightRed = new("super-light-red");
    public static readonly Color Orange = new("orange");
    public static readonly Color DarkOrange = new("dark-orange");
    public static readonly Color SemiDarkOrange = new("semi-dark-orange");
    public static readonly Color LightOrange = new("light-orange");
    public static readonly Color SuperLightOrange = new("super-light-orange");
    public static readonly Color Yellow = new("yellow");
    public static readonly Color DarkYellow = new("dark-yellow");
    public static readonly Color SemiDarkYellow = new("semi-dark-yellow");
    public static readonly Color LightYellow = new("light-yellow");
    public static readonly Color SuperLightYellow = new("super-light-yellow");
    public static readonly Color Green = new("green");
    public static readonly Color DarkGreen = new("dark-green");
    public static readonly Color SemiDarkGreen = new("semi-dark-green");
    public static readonly Color LightGreen = new("light-green");
    public static readonly Color SuperLightGreen = new("super-light-green");
    public static readonly Color Blue = new("blue");
    public static readonly Color DarkBlue = new("dark-blue");
    public static readonly Color SemiDarkBlue = new("semi-dark-blue");
    public static readonly Color LightBlue = new("light-blue");
    public static readonly Color SuperLightBlue = new("super-light-blue");
    public static readonly Color Purple = new("purple");
    public static readonly Color DarkPurple = new("dark-purple");
    public static readonly Color SemiDarkPurple = new("semi-dark-purple");
    public static readonly Color LightPurple = new("light-purple");
    public static readonly Color SuperLightPurple = new("super-light-purple");
    /// <summary>Grafana's theme text color.</summary>
    public static readonly Color Text = new("text");
    public static readonly Color Transparent = new("transparent");

    /// <summary>A CSS hex color: <c>#rgb</c>, <c>#rrggbb</c> or <c>#rrggbbaa</c>.</summary>
    public static Color Hex(string hex)
    {
        if (!HexPattern().IsMatch(hex))
            throw new ArgumentException($"'{hex}' is not a hex color; expected #rgb, #rrggbb or #rrggbbaa.", nameof(hex));
        return new Color(hex.ToLowerInvariant());
    }

    /// <summary>A CSS rgba color; channels 0–255, alpha 0–1.</summary>
    public static Color Rgba(int red, int green, int blue, double alpha = 1)
    {
        CheckChannel(red, nameof(red));
        CheckChannel(green, nameof(green));
        CheckChannel(blue, nameof(blue));
        if (alpha is < 0 or > 1 || double.IsNaN(alpha))
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "Alpha must be between 0 and 1.");
        return new Color(string.Create(CultureInfo.InvariantCulture, $"rgba({red}, {green}, {blue}, {alpha})"));
    }

    private static void CheckChannel(int value, string name)
    {
        if (value is < 0 or > 255) throw new ArgumentOutOfRangeException(name, value, "Color channels must be between 0 and 255.");
    }

    [GeneratedRegex("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")]
    private static partial Regex HexPattern();

    /// <summary>A color read from Grafana's JSON, as stored (a named color, hex or rgba).</summary>
    internal static Color FromGrafana(string value) => new(value);

    public override string ToString() => Value;
}
