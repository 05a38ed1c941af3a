namespace Dashboards.EndToEnd.Tests.Checks;

/// <summary>
/// The part of a query that must have data for the query to be meaningful: the query without its threshold filters.
/// <paramref name="Inverted"/>: the original inverts presence (<c>absent(x)</c> is empty exactly when x has data), so
/// the measured query decides the outcome even when the original has data.
/// </summary>
public sealed record MeasuredQuery(string Query, bool Inverted);
