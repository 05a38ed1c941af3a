namespace Dashboards.Review.DataCheck.Checks;

/// <summary>
/// The part of a query that must have data for the query to mean something: the query without threshold filters,
/// absence checks and constant fallbacks.
/// </summary>
/// <param name="Query">The measured query.</param>
/// <param name="AlwaysCheck">
/// The original's answer proves nothing, so the measured query decides even when the original has data, because
/// <paramref name="Reason"/>: <c>absent(x)</c> has data exactly when x is missing; <c>x or vector(0)</c> has data whatever x is.
/// </param>
/// <param name="Reason">Why the measured query is always checked (for the report); null when it is only a fallback for empty answers.</param>
public sealed record MeasuredQuery(string Query, bool AlwaysCheck = false, string? Reason = null);
