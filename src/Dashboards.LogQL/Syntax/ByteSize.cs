using System.Globalization;

namespace Dashboards.LogQL;

/// <summary>Units of a bytes label filter, as Loki's lexer and Grafana's grammar accept them.</summary>
public enum ByteUnit { B, KB, LowerKB, KiB, MB, MiB, GB, GiB, TB, TiB, PB, PiB }

/// <summary>A size compared in a label filter (<c>| size &gt; 20KB</c>): a non-negative number and its unit, kept as written.</summary>
public readonly record struct ByteSize
{
    public ByteSize(double value, ByteUnit unit)
    {
        if (!double.IsFinite(value) || value < 0 || value >= 1e15)
            throw new ArgumentOutOfRangeException(nameof(value), value, "A byte size must be a number from 0 up to 1e15.");
        Value = value;
        Unit = unit;
    }

    public double Value { get; }

    public ByteUnit Unit { get; }

    public static ByteSize Bytes(double n) => new(n, ByteUnit.B);
    public static ByteSize KB(double n) => new(n, ByteUnit.KB);
    public static ByteSize KiB(double n) => new(n, ByteUnit.KiB);
    public static ByteSize MB(double n) => new(n, ByteUnit.MB);
    public static ByteSize MiB(double n) => new(n, ByteUnit.MiB);
    public static ByteSize GB(double n) => new(n, ByteUnit.GB);
    public static ByteSize GiB(double n) => new(n, ByteUnit.GiB);

    internal static readonly (string Text, ByteUnit Unit)[] Units =
    [
        ("KiB", ByteUnit.KiB), ("MiB", ByteUnit.MiB), ("GiB", ByteUnit.GiB), ("TiB", ByteUnit.TiB), ("PiB", ByteUnit.PiB),
        ("KB", ByteUnit.KB), ("kB", ByteUnit.LowerKB), ("MB", ByteUnit.MB), ("GB", ByteUnit.GB), ("TB", ByteUnit.TB), ("PB", ByteUnit.PB),
        ("B", ByteUnit.B),
    ];

    public static string UnitText(ByteUnit unit) => Array.Find(Units, u => u.Unit == unit).Text;

    /// <summary>Parses <c>20KB</c>, <c>1.5MiB</c>, <c>100B</c>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out ByteSize size)
    {
        size = default;
        foreach (var (unitText, unit) in Units)
        {
            if (!text.EndsWith(unitText, StringComparison.Ordinal)) continue;
            var number = text[..^unitText.Length];
            if (number.IsEmpty || !char.IsAsciiDigit(number[0]) || !char.IsAsciiDigit(number[^1])) return false;
            if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return false;
            size = new ByteSize(value, unit);
            return true;
        }
        return false;
    }

    // Grafana's grammar reads no exponent in a size: small values are written out in decimal.
    public override string ToString()
    {
        var number = Value.ToString("R", CultureInfo.InvariantCulture);
        if (number.Contains('E')) number = ((decimal)Value).ToString(CultureInfo.InvariantCulture);
        return number + UnitText(Unit);
    }
}
