using System.Text.RegularExpressions;

namespace Dashboards.Review.DataCheck.Grafana;

/// <summary>
/// A dashboard or panel time range resolved against a fixed "now": Grafana's relative forms <c>now</c>, <c>now-6h</c>,
/// <c>now-1d/d</c> (rounded to the unit), plus a panel's relative time override (<c>timeFrom</c>) and shift (<c>timeShift</c>).
/// </summary>
public sealed partial record GrafanaTimeRange(DateTimeOffset From, DateTimeOffset To)
{
    public TimeSpan Length => To - From;

    /// <summary>Resolves a dashboard's <c>time.from</c>/<c>time.to</c>, then a panel's <c>timeFrom</c> and <c>timeShift</c>.</summary>
    public static GrafanaTimeRange Resolve(string from, string to, DateTimeOffset now, string? panelTimeFrom = null, string? panelTimeShift = null)
    {
        var range = new GrafanaTimeRange(ResolvePoint(from, now, roundUp: false), ResolvePoint(to, now, roundUp: true));
        if (!string.IsNullOrWhiteSpace(panelTimeFrom))
        {
            // Panel "relative time" replaces the dashboard range with the last N (e.g. "1h" or "now-1h").
            var relative = panelTimeFrom.StartsWith("now", StringComparison.Ordinal) ? panelTimeFrom : "now-" + panelTimeFrom;
            range = new GrafanaTimeRange(ResolvePoint(relative, now, roundUp: false), now);
        }

        if (!string.IsNullOrWhiteSpace(panelTimeShift))
        {
            var shift = GrafanaDuration.Parse(panelTimeShift.TrimStart('-'));
            range = new GrafanaTimeRange(range.From - shift, range.To - shift);
        }

        if (range.To <= range.From) throw new FormatException($"Time range {from} .. {to} is empty or reversed.");
        return range;
    }

    /// <summary>
    /// "now", "now-6h", "now-7d/d", "now/d", or an absolute time (ISO 8601 or epoch milliseconds).
    /// <paramref name="roundUp"/> rounds "/unit" to the end of the unit (Grafana does so for "to").
    /// </summary>
    public static DateTimeOffset ResolvePoint(string text, DateTimeOffset now, bool roundUp)
    {
        var value = text.Trim();
        if (long.TryParse(value, out var epochMs)) return DateTimeOffset.FromUnixTimeMilliseconds(epochMs);
        if (!value.StartsWith("now", StringComparison.Ordinal))
        {
            return DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var absolute)
                ? absolute
                : throw new FormatException($"'{text}' is not a Grafana time (now, now-6h, now-1d/d, ISO 8601 or epoch ms).");
        }

        var match = RelativePattern().Match(value);
        if (!match.Success) throw new FormatException($"'{text}' is not a Grafana relative time like now-6h or now-1d/d.");
        var point = now;
        foreach (Capture offset in match.Groups["offset"].Captures)
        {
            var sign = offset.Value[0] == '-' ? -1 : 1;
            var body = offset.Value[1..];
            var unitStart = body.IndexOfAny("smhdwMy".ToCharArray());
            var amount = int.Parse(body[..unitStart], System.Globalization.CultureInfo.InvariantCulture) * sign;
            point = Add(point, amount, body[unitStart..]);
        }

        return match.Groups["round"].Success ? RoundTo(point, match.Groups["round"].Value, roundUp) : point;
    }

    private static DateTimeOffset Add(DateTimeOffset point, int amount, string unit) => unit switch
    {
        "s" => point.AddSeconds(amount),
        "m" => point.AddMinutes(amount),
        "h" => point.AddHours(amount),
        "d" => point.AddDays(amount),
        "w" => point.AddDays(7 * amount),
        "M" => point.AddMonths(amount),
        "y" => point.AddYears(amount),
        _ => throw new FormatException($"Unknown time unit '{unit}'."),
    };

    private static DateTimeOffset RoundTo(DateTimeOffset point, string unit, bool roundUp)
    {
        var utc = point.UtcDateTime;
        DateTime start = unit switch
        {
            "s" => new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, DateTimeKind.Utc),
            "m" => new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, DateTimeKind.Utc),
            "h" => new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, DateTimeKind.Utc),
            "d" => utc.Date,
            "w" => utc.Date.AddDays(-(int)utc.DayOfWeek),
            "M" => new DateTime(utc.Year, utc.Month, 1, 0, 0, 0, DateTimeKind.Utc),
            "y" => new DateTime(utc.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            _ => throw new FormatException($"Unknown rounding unit '{unit}'."),
        };
        if (!roundUp) return new DateTimeOffset(start);
        var next = Add(new DateTimeOffset(start), 1, unit);
        return next.AddMilliseconds(-1);
    }

    [GeneratedRegex(@"^now(?<offset>[+-]\d+[smhdwMy])*(/(?<round>[smhdwMy]))?$")]
    private static partial Regex RelativePattern();
}
