using System.Globalization;
using System.Text.RegularExpressions;

namespace Dashboards.Review.DataCheck.Grafana;

/// <summary>Durations as Grafana and Prometheus write them ("15s", "1m30s", "500ms", "2d").</summary>
public static partial class GrafanaDuration
{
    private static readonly (string Unit, TimeSpan Size)[] Units =
    [
        ("y", TimeSpan.FromDays(365)), ("w", TimeSpan.FromDays(7)), ("d", TimeSpan.FromDays(1)), ("h", TimeSpan.FromHours(1)),
        ("m", TimeSpan.FromMinutes(1)), ("s", TimeSpan.FromSeconds(1)), ("ms", TimeSpan.FromMilliseconds(1)),
    ];

    /// <summary>Parses "30s", "1h30m", "500ms"; a leading "&gt;" (Grafana's "at least" min-interval form) is ignored.</summary>
    public static TimeSpan Parse(string text)
    {
        var trimmed = text.Trim().TrimStart('>');
        var match = DurationPattern().Match(trimmed);
        if (!match.Success || trimmed.Length == 0) throw new FormatException($"'{text}' is not a duration like 30s, 5m or 1h30m.");
        var total = TimeSpan.Zero;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var unitStart = part.Value.IndexOfAny("ywdhms".ToCharArray());
            var number = double.Parse(part.Value[..unitStart], CultureInfo.InvariantCulture);
            var unit = part.Value[unitStart..];
            total += Units.Single(u => u.Unit == unit).Size * number;
        }

        return total;
    }

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        try
        {
            duration = Parse(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Exact Prometheus duration: "1m15s", "2h", "500ms". Never rounds (unlike Grafana's display format).</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(duration), duration, "A query duration must be positive.");
        var rest = duration;
        var text = "";
        foreach (var (unit, size) in Units.Where(u => u.Unit is not ("y" or "w")))
        {
            var count = (long)(rest.Ticks / size.Ticks);
            if (count == 0) continue;
            text += count.ToString(CultureInfo.InvariantCulture) + unit;
            rest -= size * count;
        }

        return text.Length == 0 ? "1ms" : text;
    }

    [GeneratedRegex(@"^(?<part>\d+(\.\d+)?(ms|y|w|d|h|m|s))+$")]
    private static partial Regex DurationPattern();
}
