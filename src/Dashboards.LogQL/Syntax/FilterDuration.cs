using System.Globalization;
using System.Text;

namespace Dashboards.LogQL;

/// <summary>
/// A duration compared in a label filter (<c>| latency &gt; 250ms</c>). Loki reads these with Go's duration parser, so the
/// units are <c>h m s ms us ns</c> (fractions allowed: <c>1.5s</c>); the value is kept in nanoseconds and printed in
/// whole units (<c>1s500ms</c>), which both Go and Grafana's grammar read.
/// </summary>
public readonly record struct FilterDuration(long Nanoseconds)
{
    private const long Microsecond = 1000;
    private const long Millisecond = 1000 * Microsecond;
    private const long Second = 1000 * Millisecond;
    private const long Minute = 60 * Second;
    private const long Hour = 60 * Minute;

    public static FilterDuration FromTimeSpan(TimeSpan span) => new(checked(span.Ticks * 100));

    public static implicit operator FilterDuration(TimeSpan span) => FromTimeSpan(span);

    /// <summary>
    /// Parses Go duration text (<c>250ms</c>, <c>1.5s</c>, <c>1h30m</c>, <c>-2s</c>) and, as Loki does when Go's parser
    /// fails, Prometheus's (<c>1d</c>, <c>2w</c>).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out FilterDuration duration)
    {
        if (TryParseGo(text, out duration)) return true;
        var unsigned = !text.IsEmpty && text[0] is '-' or '+' ? text[1..] : text;
        if (!LokiDuration.TryParseFixed(unsigned, out var ms) || ms > long.MaxValue / 1_000_000) return false;
        duration = new(text[0] == '-' ? -ms * 1_000_000 : ms * 1_000_000);
        return true;
    }

    private static bool TryParseGo(ReadOnlySpan<char> text, out FilterDuration duration)
    {
        duration = default;
        var negative = false;
        if (!text.IsEmpty && (text[0] == '-' || text[0] == '+'))
        {
            negative = text[0] == '-';
            text = text[1..];
        }
        if (text.IsEmpty) return false;
        decimal total = 0;
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.')) i++;
            if (i == start || i == text.Length) return false;
            if (!decimal.TryParse(text[start..i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return false;
            var unitStart = i;
            while (i < text.Length && !char.IsAsciiDigit(text[i]) && text[i] != '.') i++;
            long unit = text[unitStart..i] switch
            {
                "h" => Hour,
                "m" => Minute,
                "s" => Second,
                "ms" => Millisecond,
                "us" or "µs" or "μs" => Microsecond,
                "ns" => 1,
                _ => 0,
            };
            if (unit == 0) return false;
            total += value * unit;
        }
        if (total > long.MaxValue) return false;
        duration = new((long)(negative ? -total : total));
        return true;
    }

    public TimeSpan ToTimeSpan() => TimeSpan.FromTicks(Nanoseconds / 100);

    public override string ToString()
    {
        if (Nanoseconds == 0) return "0s";
        var sb = new StringBuilder(12);
        var ns = Nanoseconds;
        if (ns < 0)
        {
            sb.Append('-');
            ns = -ns;
        }
        Append(sb, ref ns, Hour, "h");
        Append(sb, ref ns, Minute, "m");
        Append(sb, ref ns, Second, "s");
        Append(sb, ref ns, Millisecond, "ms");
        Append(sb, ref ns, Microsecond, "us");
        Append(sb, ref ns, 1, "ns");
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, ref long ns, long unit, string suffix)
    {
        var n = ns / unit;
        if (n == 0) return;
        sb.Append(n.ToString(CultureInfo.InvariantCulture)).Append(suffix);
        ns -= n * unit;
    }
}
