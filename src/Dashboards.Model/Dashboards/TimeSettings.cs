namespace Dashboards.Model;

/// <summary>Crosshair/tooltip sharing between panels (<c>graphTooltip</c>).</summary>
public enum CursorSync { Off = 0, SharedCrosshair = 1, SharedTooltip = 2 }

public enum WeekStart { Browser, Monday, Saturday, Sunday }

/// <summary>The default time range: relative (<c>TimeRange.Last(TimeSpan.FromHours(6))</c>) or Grafana time expressions.</summary>
public sealed record TimeRange(string From, string To)
{
    public static TimeRange Default { get; } = new("now-6h", "now");

    /// <summary>From <c>now-span</c> to <c>now</c>.</summary>
    public static TimeRange Last(TimeSpan span) => new("now-" + GrafanaDuration.Format(span), "now");
}

/// <summary>The dashboard time zone: the viewer's browser, UTC or an IANA zone.</summary>
public sealed record DashboardTimezone
{
    private DashboardTimezone(string value) => Value = value;

    public string Value { get; }

    public static DashboardTimezone Browser { get; } = new("browser");
    public static DashboardTimezone Utc { get; } = new("utc");

    /// <summary>An IANA zone such as <c>Europe/Paris</c>.</summary>
    public static DashboardTimezone Iana(string zone)
    {
        if (string.IsNullOrWhiteSpace(zone) || !zone.Contains('/'))
            throw new ArgumentException($"'{zone}' is not an IANA time zone id such as Europe/Paris.", nameof(zone));
        return new DashboardTimezone(zone);
    }
}

/// <summary>Time picker settings (<c>timepicker</c>).</summary>
public sealed record Timepicker
{
    public static Timepicker Default { get; } = new();

    public bool Hidden { get; init; }
    public ImmutableArray<TimeSpan> RefreshIntervals { get; init; } =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromDays(1),
    ];
    /// <summary>Shifts "now" back to hide incomplete recent data.</summary>
    public TimeSpan? NowDelay { get; init; }
}
