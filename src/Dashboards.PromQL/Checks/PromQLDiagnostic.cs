namespace Dashboards.PromQL.Checks;

public enum DiagnosticSeverity
{
    /// <summary>Prometheus would reject the query.</summary>
    Error,

    /// <summary>Prometheus accepts it, but it is almost certainly wrong (rate on a gauge, le dropped before histogram_quantile).</summary>
    Warning,

    /// <summary>Worth knowing (needs a newer Prometheus, experimental function).</summary>
    Info,
}

/// <summary>
/// One finding of <see cref="PromQLChecker"/>. <see cref="Position"/> points into the parsed text when the tree was
/// parsed (<see cref="SourceSpan.IsKnown"/>), otherwise <see cref="Node"/> names the offending part.
/// </summary>
public sealed record PromQLDiagnostic(DiagnosticSeverity Severity, string Code, string Message, SourceSpan Position, string? Node = null)
{
    /// <summary>1-based line and column when the position is known and the text is given.</summary>
    public string Describe(string? query = null)
    {
        var where = "";
        if (Position.IsKnown && query is not null)
        {
            var (line, column) = Parsing.PromQLParseException.LineColumn(query, Position.Start);
            where = $"{line}:{column}: ";
        }
        else if (Node is not null)
        {
            where = $"in '{Node}': ";
        }
        return $"{Severity.ToString().ToLowerInvariant()} {Code}: {where}{Message}";
    }

    public override string ToString() => Describe();
}
