using System.Buffers;
using System.Text;

namespace Dashboards.PromQL.Metrics;

/// <summary>Prometheus naming rules, and OpenTelemetry-to-Prometheus name translation.</summary>
public static class PromNames
{
    // Names are checked with one vectorized scan for the allowed characters; only the first character has a further rule (no digit).
    private static readonly SearchValues<char> MetricNameChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_:");

    private static readonly SearchValues<char> LabelNameChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    /// <summary><c>[a-zA-Z_:][a-zA-Z0-9_:]*</c></summary>
    public static bool IsValidMetricName(string? name) =>
        !string.IsNullOrEmpty(name) && !char.IsAsciiDigit(name[0]) && !name.AsSpan().ContainsAnyExcept(MetricNameChars);

    /// <summary><c>[a-zA-Z_][a-zA-Z0-9_]*</c></summary>
    public static bool IsValidLabelName(string? name) =>
        !string.IsNullOrEmpty(name) && !char.IsAsciiDigit(name[0]) && !name.AsSpan().ContainsAnyExcept(LabelNameChars);

    /// <summary>Replaces every character Prometheus does not allow (dots, dashes, ...) with '_', as the OpenTelemetry exporters do.</summary>
    public static string Sanitize(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var sb = new StringBuilder(name.Length + 1);
        if (char.IsAsciiDigit(name[0])) sb.Append('_');
        foreach (var c in name) sb.Append(char.IsAsciiLetterOrDigit(c) || c == '_' || c == ':' ? c : '_');
        return sb.ToString();
    }

    /// <summary>
    /// The Prometheus suffix for an OpenTelemetry unit (UCUM): <c>s</c> to <c>seconds</c>, <c>By</c> to <c>bytes</c>,
    /// <c>1</c> to <c>ratio</c>; annotations in braces (<c>{tokens}</c>) give none.
    /// </summary>
    public static string? UnitSuffix(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit) || unit.StartsWith('{')) return null;
        return unit switch
        {
            "d" => "days",
            "h" => "hours",
            "min" => "minutes",
            "s" => "seconds",
            "ms" => "milliseconds",
            "us" => "microseconds",
            "ns" => "nanoseconds",
            "By" => "bytes",
            "KiBy" => "kibibytes",
            "MiBy" => "mebibytes",
            "GiBy" => "gibibytes",
            "KBy" => "kilobytes",
            "MBy" => "megabytes",
            "GBy" => "gigabytes",
            "m" => "meters",
            "V" => "volts",
            "A" => "amperes",
            "J" => "joules",
            "W" => "watts",
            "g" => "grams",
            "Cel" => "celsius",
            "Hz" => "hertz",
            "%" => "percent",
            "1" => "ratio",
            _ => Sanitize(unit.Replace("/", "_per_", StringComparison.Ordinal)).ToLowerInvariant(),
        };
    }
}
