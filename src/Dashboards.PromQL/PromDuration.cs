using System.Globalization;
using System.Text;
using Dashboards.QuerySyntax;
using static Dashboards.QuerySyntax.DurationSyntax;

namespace Dashboards.PromQL;

/// <summary>
/// A PromQL duration: either a fixed length (millisecond precision, printed the way Prometheus prints it: <c>1h30m</c>)
/// or a Grafana variable that Grafana substitutes before the query reaches Prometheus
/// (<c>$__rate_interval</c>, <c>$__interval</c>, <c>$__range</c>, <c>$var</c>, <c>${var}</c>, <c>[[var]]</c>).
/// </summary>
public readonly struct PromDuration : IEquatable<PromDuration>
{
    /// <summary>The longest duration Prometheus represents: int64 nanoseconds, in whole milliseconds.</summary>
    private const long MaxMilliseconds = long.MaxValue / 1_000_000;

    private readonly long _milliseconds;
    private readonly string? _variable;
    private readonly DurationExpr? _expression;

    private PromDuration(long milliseconds, string? variable)
    {
        _milliseconds = milliseconds;
        _variable = variable;
        _expression = null;
    }

    private PromDuration(DurationExpr expression)
    {
        _milliseconds = 0;
        _variable = null;
        _expression = expression;
    }

    /// <summary>
    /// A duration Prometheus computes (3.4+): <c>PromDuration.FromExpression(DurationExpr.Step * 2)</c> prints <c>step() * 2</c>.
    /// </summary>
    public static PromDuration FromExpression(DurationExpr expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return new PromDuration(expression);
    }

    /// <summary>The duration expression (<c>5m + 1m</c>, <c>step()</c>), or null for a fixed duration or a variable.</summary>
    public DurationExpr? Expression => _expression;

    public bool IsExpression => _expression is not null;

    /// <summary>Grafana's <c>$__rate_interval</c>: the safe range for rate() at the current resolution.</summary>
    public static PromDuration RateInterval { get; } = new(0, "$__rate_interval");

    /// <summary>Grafana's <c>$__interval</c>: the step between points at the current resolution.</summary>
    public static PromDuration Interval { get; } = new(0, "$__interval");

    /// <summary>Grafana's <c>$__range</c>: the length of the dashboard's time range.</summary>
    public static PromDuration Range { get; } = new(0, "$__range");

    public static PromDuration Zero { get; } = new(0, null);

    /// <summary>Fixed length in milliseconds (0 for variables). May be negative only for offsets.</summary>
    public long Milliseconds => _milliseconds;

    /// <summary>The variable exactly as written (<c>$__interval</c>, <c>${window}</c>, <c>[[window]]</c>), or null for a fixed duration.</summary>
    public string? Variable => _variable;

    public bool IsVariable => _variable is not null;

    public bool IsNegative => _variable is null && _expression is null && _milliseconds < 0;

    /// <summary>True for a length known before the query runs (not a variable, not an expression).</summary>
    public bool IsFixed => _variable is null && _expression is null;

    public TimeSpan? ToTimeSpan() => IsFixed ? TimeSpan.FromMilliseconds(_milliseconds) : null;

    public static PromDuration FromMilliseconds(long milliseconds) => new(milliseconds, null);

    public static PromDuration FromSeconds(long seconds) => new(checked(seconds * Second), null);

    public static PromDuration FromMinutes(long minutes) => new(checked(minutes * Minute), null);

    public static PromDuration FromHours(long hours) => new(checked(hours * Hour), null);

    public static PromDuration FromDays(long days) => new(checked(days * Day), null);

    public static PromDuration FromTimeSpan(TimeSpan span)
    {
        if (span.Ticks % TimeSpan.TicksPerMillisecond != 0)
            throw new ArgumentException($"PromQL durations have millisecond precision; {span} has a sub-millisecond part.", nameof(span));
        return new((long)span.TotalMilliseconds, null);
    }

    public static implicit operator PromDuration(TimeSpan span) => FromTimeSpan(span);

    /// <summary>
    /// A Grafana template variable used as a duration. Accepts <c>$name</c>, <c>${name}</c>, <c>[[name]]</c>, or a bare name (becomes <c>$name</c>).
    /// </summary>
    public static PromDuration Var(string variable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(variable);
        var text = IsVariableSyntax(variable) ? variable : "$" + variable;
        if (!IsVariableSyntax(text))
            throw new ArgumentException($"'{variable}' is not a Grafana variable name (letters, digits and '_').", nameof(variable));
        if (GrafanaVariables.IsNumberBuiltIn(GrafanaVariables.NameOf(text)))
            throw new ArgumentException($"{text} stands for a number, not a duration; use it as a scalar (Scalar.Variable) or use {GrafanaVariables.DurationFormOf(GrafanaVariables.NameOf(text)) ?? "a duration variable"}.", nameof(variable));
        return new(0, text);
    }

    /// <summary>The same length with the opposite sign (offsets only; variables cannot be negated).</summary>
    public PromDuration Negate()
    {
        if (IsVariable) throw new InvalidOperationException($"Grafana variable {_variable} cannot be negated.");
        if (_expression is not null) return new(new DurationNegation(_expression));
        return new(-_milliseconds, null);
    }

    /// <summary>Parses <c>1h30m</c>, <c>500ms</c>, <c>2w</c>, <c>$__rate_interval</c>, <c>${var}</c> ...</summary>
    public static PromDuration Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParse(text.AsSpan(), out var d)) return d;
        throw new FormatException($"'{text}' is not a PromQL duration: expected units y, w, d, h, m, s, ms in that order (e.g. 1h30m) or a Grafana variable such as $__rate_interval.");
    }

    public static bool TryParse(ReadOnlySpan<char> text, out PromDuration duration)
    {
        duration = default;
        if (text.IsEmpty) return false;
        if (text[0] == '$' || text[0] == '[')
        {
            // Grafana writes numbers, not durations, for $__range_s and friends.
            if (!IsVariableSyntax(text) || GrafanaVariables.IsNumberBuiltIn(GrafanaVariables.NameOf(text))) return false;
            duration = new PromDuration(0, WellKnownVariable(text) ?? text.ToString());
            return true;
        }
        if (!TryParseFixed(text, out var ms)) return false;
        duration = new PromDuration(ms, null);
        return true;
    }

    private static string? WellKnownVariable(ReadOnlySpan<char> text)
    {
        // Reuse interned strings for the three common variables.
        if (text.SequenceEqual("$__rate_interval")) return RateInterval._variable;
        if (text.SequenceEqual("$__interval")) return Interval._variable;
        if (text.SequenceEqual("$__range")) return Range._variable;
        return null;
    }

    /// <summary>Prometheus duration syntax (<see cref="DurationSyntax"/>); "0" alone is allowed.</summary>
    internal static bool TryParseFixed(ReadOnlySpan<char> text, out long milliseconds)
    {
        milliseconds = 0;
        if (text.Length == 1 && text[0] == '0') return true;
        return DurationSyntax.TryParse(text, MaxMilliseconds, out milliseconds);
    }

    /// <summary>True for <c>$name</c>, <c>${name}</c>, <c>${name:format}</c> and <c>[[name]]</c>.</summary>
    public static bool IsVariableSyntax(ReadOnlySpan<char> text)
    {
        if (text.Length >= 2 && text[0] == '$' && text[1] != '{')
            return IsVariableName(text[1..]);
        if (text.Length >= 4 && text[0] == '$' && text[1] == '{' && text[^1] == '}')
        {
            var inner = text[2..^1];
            var colon = inner.IndexOf(':');
            if (colon >= 0) inner = inner[..colon];
            return IsVariableName(inner);
        }
        if (text.Length >= 5 && text[0] == '[' && text[1] == '[' && text[^1] == ']' && text[^2] == ']')
            return IsVariableName(text[2..^2]);
        return false;
    }

    private static bool IsVariableName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty) return false;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_') return false;
        }
        return true;
    }

    public override string ToString()
    {
        if (_variable is not null) return _variable;
        if (_expression is not null) return _expression.ToString();
        var sb = new StringBuilder(12);
        AppendTo(sb);
        return sb.ToString();
    }

    /// <summary>Appends the canonical text (Prometheus's own formatting) without allocating an intermediate string.</summary>
    public void AppendTo(StringBuilder sb) => AppendTo(new StringBuilderSink(sb));

    internal void AppendTo<TSink>(TSink sb) where TSink : struct, ITextSink
    {
        if (_variable is not null)
        {
            sb.Append(_variable);
            return;
        }
        if (_expression is not null)
        {
            Printing.PromQLPrinter.WriteDuration(sb, _expression);
            return;
        }
        AppendMilliseconds(sb, _milliseconds);
    }

    /// <summary>Prometheus's duration text for a number of milliseconds (<c>1h30m</c>, <c>0s</c>, <c>-5m</c>).</summary>
    internal static void AppendMilliseconds<TSink>(TSink sb, long ms) where TSink : struct, ITextSink
    {
        if (ms == 0)
        {
            sb.Append("0s");
            return;
        }
        if (ms < 0)
        {
            sb.Append('-');
            ms = -ms;
        }
        // Years and weeks only when exact, as Prometheus does (90d reads better than 12w6d).
        Unit(sb, ref ms, Year, 'y', exact: true);
        Unit(sb, ref ms, Week, 'w', exact: true);
        Unit(sb, ref ms, Day, 'd', exact: false);
        Unit(sb, ref ms, Hour, 'h', exact: false);
        Unit(sb, ref ms, Minute, 'm', exact: false);
        Unit(sb, ref ms, Second, 's', exact: false);
        if (ms > 0)
        {
            Printing.PromQLPrinter.AppendInteger(sb, ms);
            sb.Append("ms");
        }
    }

    private static void Unit<TSink>(TSink sb, ref long ms, long unit, char suffix, bool exact) where TSink : struct, ITextSink
    {
        if (exact && ms % unit != 0) return;
        var v = ms / unit;
        if (v <= 0) return;
        Printing.PromQLPrinter.AppendInteger(sb, v);
        sb.Append(suffix);
        ms -= v * unit;
    }

    public bool Equals(PromDuration other) =>
        _milliseconds == other._milliseconds && string.Equals(_variable, other._variable, StringComparison.Ordinal) && Equals(_expression, other._expression);

    public override bool Equals(object? obj) => obj is PromDuration other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_milliseconds, _variable, _expression);

    public static bool operator ==(PromDuration left, PromDuration right) => left.Equals(right);

    public static bool operator !=(PromDuration left, PromDuration right) => !left.Equals(right);
}
