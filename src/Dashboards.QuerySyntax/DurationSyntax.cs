namespace Dashboards.QuerySyntax;

/// <summary>
/// Prometheus's duration syntax (<c>model.ParseDuration</c>), which PromQL and LogQL both read: each of y w d h m s ms at
/// most once, in that order, as whole numbers.
/// </summary>
internal static class DurationSyntax
{
    // Milliseconds per unit, shared by PromQL's and LogQL's durations.
    internal const long Second = 1000;
    internal const long Minute = 60 * Second;
    internal const long Hour = 60 * Minute;
    internal const long Day = 24 * Hour;
    internal const long Week = 7 * Day;
    internal const long Year = 365 * Day;

    /// <summary>Parses <paramref name="text"/> into milliseconds, failing on bad syntax or a total above <paramref name="maxMilliseconds"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, long maxMilliseconds, out long milliseconds)
    {
        milliseconds = 0;
        if (text.IsEmpty) return false;
        var lastRank = -1;
        var i = 0;
        long total = 0;
        while (i < text.Length)
        {
            var start = i;
            long value = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                value = value * 10 + (text[i] - '0');
                if (value > long.MaxValue / Year) return false;
                i++;
            }
            if (i == start || i == text.Length) return false;
            int rank;
            long unit;
            switch (text[i])
            {
                case 'y': rank = 0; unit = Year; i++; break;
                case 'w': rank = 1; unit = Week; i++; break;
                case 'd': rank = 2; unit = Day; i++; break;
                case 'h': rank = 3; unit = Hour; i++; break;
                case 'm' when i + 1 < text.Length && text[i + 1] == 's': rank = 6; unit = 1; i += 2; break;
                case 'm': rank = 4; unit = Minute; i++; break;
                case 's': rank = 5; unit = Second; i++; break;
                default: return false;
            }
            if (rank <= lastRank) return false;
            lastRank = rank;
            // value <= long.MaxValue / Year, so value * unit cannot overflow.
            if (value * unit > maxMilliseconds - total) return false;
            total += value * unit;
        }
        milliseconds = total;
        return true;
    }
}
