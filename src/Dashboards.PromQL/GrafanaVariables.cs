namespace Dashboards.PromQL;

/// <summary>
/// Grafana's built-in variables that appear in PromQL, and which kind of value Grafana puts in their place: a duration
/// (<c>$__range</c> becomes <c>1h</c>) or a number (<c>$__range_s</c> becomes <c>3600</c>). Dashboard variables
/// (<c>$k</c>) may hold either; the place they stand in decides.
/// </summary>
public static class GrafanaVariables
{
    /// <summary><c>$__range</c> in seconds: the length of the dashboard's time range as a number.</summary>
    public const string RangeSeconds = "__range_s";

    /// <summary><c>$__range</c> in milliseconds.</summary>
    public const string RangeMilliseconds = "__range_ms";

    /// <summary><c>$__interval</c> in milliseconds.</summary>
    public const string IntervalMilliseconds = "__interval_ms";

    /// <summary><c>$__rate_interval</c> in milliseconds.</summary>
    public const string RateIntervalMilliseconds = "__rate_interval_ms";

    /// <summary>Start of the time range, epoch milliseconds by default.</summary>
    public const string From = "__from";

    /// <summary>End of the time range, epoch milliseconds by default.</summary>
    public const string To = "__to";

    /// <summary>
    /// The variable's name without its decoration: <c>k</c> for <c>$k</c>, <c>${k}</c>, <c>${k:format}</c> and <c>[[k]]</c>;
    /// empty when <paramref name="text"/> is not variable syntax.
    /// </summary>
    public static ReadOnlySpan<char> NameOf(ReadOnlySpan<char> text)
    {
        if (!PromDuration.IsVariableSyntax(text)) return [];
        if (text[0] == '[') return text[2..^2];
        if (text[1] != '{') return text[1..];
        var inner = text[2..^1];
        var colon = inner.IndexOf(':');
        return colon >= 0 ? inner[..colon] : inner;
    }

    /// <summary><c>$__rate_interval</c>, <c>$__interval</c>, <c>$__range</c>: Grafana writes a duration in their place.</summary>
    public static bool IsDurationBuiltIn(ReadOnlySpan<char> name) =>
        name is "__rate_interval" or "__interval" or "__range";

    /// <summary><c>$__range_s</c>, <c>$__range_ms</c>, <c>$__interval_ms</c>, <c>$__rate_interval_ms</c>, <c>$__from</c>, <c>$__to</c>: Grafana writes a number.</summary>
    public static bool IsNumberBuiltIn(ReadOnlySpan<char> name) =>
        name is RangeSeconds or RangeMilliseconds or IntervalMilliseconds or RateIntervalMilliseconds or From or To;

    /// <summary>The number form of a duration built-in (<c>$__range</c> → <c>$__range_s</c>), for error messages.</summary>
    internal static string NumberFormOf(ReadOnlySpan<char> durationName) => durationName switch
    {
        "__range" => "$" + RangeSeconds,
        "__interval" => "$" + IntervalMilliseconds,
        _ => "$" + RateIntervalMilliseconds,
    };

    /// <summary>The duration form of a number built-in (<c>$__range_s</c> → <c>$__range</c>), for error messages.</summary>
    internal static string? DurationFormOf(ReadOnlySpan<char> numberName) => numberName switch
    {
        RangeSeconds or RangeMilliseconds => "$__range",
        IntervalMilliseconds => "$__interval",
        RateIntervalMilliseconds => "$__rate_interval",
        _ => null,
    };
}
