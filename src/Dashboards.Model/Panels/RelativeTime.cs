namespace Dashboards.Model;

/// <summary>Calendar periods Grafana rounds time to (<c>now/d</c>, <c>now/w</c>, <c>now/M</c>, <c>now/y</c>).</summary>
public enum CalendarPeriod { Day, Week, Month, Year }

/// <summary>
/// A panel's own time range (Grafana's panel <c>timeFrom</c>), used instead of the dashboard's time picker:
/// the last fixed span (<see cref="Last"/>, e.g. "24h") or a calendar period so far (<see cref="Today"/>,
/// <see cref="ThisWeek"/>, <see cref="ThisMonth"/>, <see cref="ThisYear"/>). A query over the whole range uses
/// <c>$__range</c> (<c>PromDuration.Range</c>). Grafana ignores it while the dashboard shows an absolute range, and
/// the start of a day or week follows the dashboard's time zone and week start.
/// </summary>
public abstract record RelativeTime
{
    private protected RelativeTime() { }

    /// <summary>From <paramref name="span"/> ago to now; whole seconds, as Grafana's time units stop at seconds.</summary>
    public static RelativeTime Last(TimeSpan span) => new LastSpan(span);

    /// <summary>From the start of the current <paramref name="period"/> to now.</summary>
    public static RelativeTime SoFar(CalendarPeriod period) => new PeriodSoFar(period);

    /// <summary>Today so far (<c>now/d</c>).</summary>
    public static RelativeTime Today { get; } = new PeriodSoFar(CalendarPeriod.Day);

    /// <summary>This week so far (<c>now/w</c>).</summary>
    public static RelativeTime ThisWeek { get; } = new PeriodSoFar(CalendarPeriod.Week);

    /// <summary>This month so far (<c>now/M</c>).</summary>
    public static RelativeTime ThisMonth { get; } = new PeriodSoFar(CalendarPeriod.Month);

    /// <summary>This year so far (<c>now/y</c>).</summary>
    public static RelativeTime ThisYear { get; } = new PeriodSoFar(CalendarPeriod.Year);
}

/// <summary>The last fixed span, e.g. the last 24 hours.</summary>
public sealed record LastSpan : RelativeTime
{
    internal LastSpan(TimeSpan span)
    {
        if (span <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(span), span, "A panel's relative time must be a positive span.");
        if (span.Ticks % TimeSpan.TicksPerSecond != 0)
            throw new ArgumentException($"A panel's relative time is in whole seconds; {span} is not.", nameof(span));
        Span = span;
    }

    public TimeSpan Span { get; }
}

/// <summary>From the start of the current calendar period to now, e.g. today so far.</summary>
public sealed record PeriodSoFar : RelativeTime
{
    internal PeriodSoFar(CalendarPeriod period) =>
        Period = Enum.IsDefined(period) ? period : throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown calendar period.");

    public CalendarPeriod Period { get; }
}
