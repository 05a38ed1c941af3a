using System.Text;

namespace Dashboards.PromQL.Metrics;

/// <summary>Prometheus naming rules, and OpenTelemetry-to-Prometheus name translation.</summary>
public static class PromNames
{
    // Names are short: a plain loop checks them at once, where SearchValues would first build its vectorized searcher
    // (milliseconds of start-up, most of it JIT-compiled: docs/benchmarks.md, cold start). Only the first character has a
    // further rule (no digit).

    /// <summary><c>[a-zA-Z_:][a-zA-Z0-9_:]*</c></summary>
    public static bool IsValidMetricName(string? name) => IsValidName(name, colon: true);

    /// <summary><c>[a-zA-Z_][a-zA-Z0-9_]*</c></summary>
    public static bool IsValidLabelName(string? name) => IsValidName(name, colon: false);

    private static bool IsValidName(string? name, bool colon)
    {
        if (string.IsNullOrEmpty(name) || char.IsAsciiDigit(name[0])) return false;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && (c != ':' || !colon)) return false;
        }
        return true;
    }

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
