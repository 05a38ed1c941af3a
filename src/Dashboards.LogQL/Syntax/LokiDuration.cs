using System.Text;
using static Dashboards.QuerySyntax.DurationSyntax;

namespace Dashboards.LogQL;

/// <summary>
/// The length of a log range (<c>[5m]</c>) or an offset: a fixed length in milliseconds, printed with Prometheus's units
/// (<c>1h30m</c>, which Loki parses with Prometheus's duration parser), or a Grafana variable that Grafana replaces before
/// the query reaches Loki (<c>$__auto</c>, <c>$__interval</c>, <c>$__range</c>, <c>${window}</c>).
/// </summary>
public readonly struct LokiDuration : IEquatable<LokiDuration>
{
    private readonly long _milliseconds;
    private readonly string? _variable;

    private LokiDuration(long milliseconds, string? variable)
    {
        _milliseconds = milliseconds;
        _variable = variable;
    }

    /// <summary>Grafana's <c>$__auto</c>: the range Grafana picks for the step (Loki's usual choice for rate/count).</summary>
    public static LokiDuration Auto { get; } = new(0, "$__auto");

    /// <summary>Grafana's <c>$__interval</c>: the step between points.</summary>
    public static LokiDuration Interval { get; } = new(0, "$__interval");

    /// <summary>Grafana's <c>$__range</c>: the dashboard's whole time range.</summary>
    public static LokiDuration Range { get; } = new(0, "$__range");

    /// <summary>Fixed length in milliseconds (0 for variables).</summary>
    public long Milliseconds => _milliseconds;

    /// <summary>The Grafana variable as written, or null for a fixed length.</summary>
    public string? Variable => _variable;

    public bool IsVariable => _variable is not null;

    public static LokiDuration FromMilliseconds(long milliseconds) =>
        milliseconds > 0 ? new(milliseconds, null) : throw new ArgumentOutOfRangeException(nameof(milliseconds), milliseconds, "A LogQL range must be positive.");

    public static LokiDuration FromSeconds(long seconds) => FromMilliseconds(checked(seconds * Second));

    public static LokiDuration FromMinutes(long minutes) => FromMilliseconds(checked(minutes * Minute));

    public static LokiDuration FromHours(long hours) => FromMilliseconds(checked(hours * Hour));

    public static LokiDuration FromDays(long days) => FromMilliseconds(checked(days * Day));

    public static LokiDuration FromTimeSpan(TimeSpan span)
    {
        if (span.Ticks % TimeSpan.TicksPerMillisecond != 0)
            throw new ArgumentException($"LogQL ranges have millisecond precision; {span} has a sub-millisecond part.", nameof(span));
        return FromMilliseconds((long)span.TotalMilliseconds);
    }

    public static implicit operator LokiDuration(TimeSpan span) => FromTimeSpan(span);

    /// <summary>A Grafana variable used as a range: <c>$name</c>, <c>${name}</c>, or a bare name (becomes <c>$name</c>).</summary>
    public static LokiDuration Var(string variable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(variable);
        var text = variable[0] == '$' ? variable : "$" + variable;
        if (!IsVariableSyntax(text))
            throw new ArgumentException($"'{variable}' is not a Grafana variable ($name or ${{name}}, letters, digits and '_').", nameof(variable));
        return new(0, text);
    }

    /// <summary>The same length, negative: only for offsets (<c>offset -5m</c> looks ahead); variables cannot be negated.</summary>
    public LokiDuration Negate() =>
        IsVariable ? throw new InvalidOperationException($"Grafana variable {_variable} cannot be negated.") : new(-_milliseconds, null);

    /// <summary>
    /// Parses <c>5m</c>, <c>1h30m</c>, <c>$__auto</c>, <c>${w}</c>. Like Loki, which reads durations with Go's parser and
    /// then Prometheus's, Go forms such as <c>1.5m</c> are read too (whole milliseconds only); they print as <c>1m30s</c>.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out LokiDuration duration)
    {
        duration = default;
        if (text.IsEmpty) return false;
        if (text[0] == '$')
        {
            if (!IsVariableSyntax(text)) return false;
            duration = new(0, text.ToString());
            return true;
        }
        if (!TryParseFixed(text, out var ms))
        {
            if (!FilterDuration.TryParse(text, out var go) || go.Nanoseconds % 1_000_000 != 0) return false;
            ms = go.Nanoseconds / 1_000_000;
        }
        if (ms <= 0) return false;
        duration = new(ms, null);
        return true;
    }

    /// <summary>Prometheus duration syntax (<see cref="DurationSyntax"/>), as Loki reads it after Go's.</summary>
    internal static bool TryParseFixed(ReadOnlySpan<char> text, out long milliseconds) =>
        DurationSyntax.TryParse(text, long.MaxValue, out milliseconds);

    /// <summary>True for <c>$name</c> and <c>${name}</c> / <c>${name:format}</c>.</summary>
    public static bool IsVariableSyntax(ReadOnlySpan<char> text)
    {
        if (text.Length >= 2 && text[0] == '$' && text[1] != '{') return IsName(text[1..]);
        if (text.Length >= 4 && text[0] == '$' && text[1] == '{' && text[^1] == '}')
        {
            var inner = text[2..^1];
            var colon = inner.IndexOf(':');
            return IsName(colon >= 0 ? inner[..colon] : inner);
        }
        return false;
    }

    private static bool IsName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty) return false;
        foreach (var c in name)
            if (!char.IsAsciiLetterOrDigit(c) && c != '_') return false;
        return true;
    }

    public override string ToString()
    {
        if (_variable is not null) return _variable;
        var sb = new StringBuilder(8);
        var ms = _milliseconds;
        if (ms < 0)
        {
            sb.Append('-');
            ms = -ms;
        }
        Append(sb, ref ms, Year, "y");
        Append(sb, ref ms, Week, "w");
        Append(sb, ref ms, Day, "d");
        Append(sb, ref ms, Hour, "h");
        Append(sb, ref ms, Minute, "m");
        Append(sb, ref ms, Second, "s");
        Append(sb, ref ms, 1, "ms");
        return sb.Length == 0 ? "0s" : sb.ToString();
    }

    private static void Append(StringBuilder sb, ref long ms, long unit, string suffix)
    {
        var n = ms / unit;
        if (n == 0) return;
        sb.Append(n).Append(suffix);
        ms -= n * unit;
    }

    public bool Equals(LokiDuration other) => _milliseconds == other._milliseconds && _variable == other._variable;

    public override bool Equals(object? obj) => obj is LokiDuration other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_milliseconds, _variable);

    public static bool operator ==(LokiDuration left, LokiDuration right) => left.Equals(right);

    public static bool operator !=(LokiDuration left, LokiDuration right) => !left.Equals(right);
}
