using System.Globalization;

namespace Dashboards.Model;

/// <summary>Formats durations the way Grafana writes them: the largest whole unit, e.g. <c>30s</c>, <c>5m</c>, <c>1h</c>, <c>7d</c>.</summary>
internal static class GrafanaDuration
{
    public static string Format(TimeSpan span)
    {
        if (span <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(span), span, "A Grafana duration must be positive.");
        var ms = (long)span.TotalMilliseconds;
        if (ms != span.TotalMilliseconds) throw new ArgumentException($"{span} has sub-millisecond precision; Grafana durations stop at ms.", nameof(span));
        return ms switch
        {
            _ when ms % 604_800_000 == 0 && ms >= 604_800_000 => Unit(ms / 604_800_000, "w"),
            _ when ms % 86_400_000 == 0 => Unit(ms / 86_400_000, "d"),
            _ when ms % 3_600_000 == 0 => Unit(ms / 3_600_000, "h"),
            _ when ms % 60_000 == 0 => Unit(ms / 60_000, "m"),
            _ when ms % 1000 == 0 => Unit(ms / 1000, "s"),
            _ => Unit(ms, "ms"),
        };
    }

    private static string Unit(long value, string unit) => value.ToString(CultureInfo.InvariantCulture) + unit;
}
