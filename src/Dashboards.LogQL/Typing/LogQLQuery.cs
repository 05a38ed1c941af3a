using Dashboards.LogQL.Parsing;

namespace Dashboards.LogQL;

/// <summary>
/// A complete, typed LogQL query: a <see cref="LogQuery"/> (log lines) or a <see cref="MetricQuery"/> (samples).
/// What Loki would reject does not compile: <c>Loki.Sum(logQuery)</c>, <c>Loki.SumOverTime(logQuery, ..)</c> without
/// an unwrap, <c>Loki.CountOverTime(unwrapped, ..)</c>. <see cref="ToString"/> is the canonical query text.
/// </summary>
public abstract class LogQLQuery : IEquatable<LogQLQuery>
{
    private protected LogQLQuery()
    {
    }

    /// <summary>The untyped syntax tree.</summary>
    public abstract Expr Syntax { get; }

    /// <summary>Parses text into the typed class for its kind; errors carry line:column.</summary>
    public static LogQLQuery Parse(string text) => Wrap(LogQLParser.Parse(text));

    public static LogQLQuery Wrap(Expr syntax) => syntax switch
    {
        LogExpr log => new LogQuery(log),
        MetricExpr metric => new MetricQuery(metric),
        _ => throw new ArgumentOutOfRangeException(nameof(syntax)),
    };

    public override string ToString() => Syntax.ToString();

    public bool Equals(LogQLQuery? other) => other is not null && Syntax.Equals(other.Syntax);

    public override bool Equals(object? obj) => obj is LogQLQuery other && Equals(other);

    public override int GetHashCode() => Syntax.GetHashCode();
}
