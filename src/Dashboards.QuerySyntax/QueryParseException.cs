namespace Dashboards.QuerySyntax;

/// <summary>
/// Bad query text. <see cref="Exception.Message"/> reads <c>line:column: what went wrong; expected ...</c>.
/// Each query language throws its own subclass.
/// </summary>
public abstract class QueryParseException : FormatException
{
    protected QueryParseException(string reason, int line, int column, int offset, string? expected, string? query)
        : base(Format(reason, line, column, expected))
    {
        Reason = reason;
        Line = line;
        Column = column;
        Offset = offset;
        Expected = expected;
        Query = query;
    }

    /// <summary>1-based line of the error.</summary>
    public int Line { get; }

    /// <summary>1-based column of the error (in UTF-16 characters).</summary>
    public int Column { get; }

    /// <summary>0-based character offset of the error.</summary>
    public int Offset { get; }

    /// <summary>What the parser expected at that place, when there is a short answer.</summary>
    public string? Expected { get; }

    /// <summary>The problem without position and expectation.</summary>
    public string Reason { get; }

    /// <summary>The text that failed to parse, when known.</summary>
    public string? Query { get; }

    private static string Format(string reason, int line, int column, string? expected) =>
        expected is null ? $"{line}:{column}: {reason}" : $"{line}:{column}: {reason}; expected {expected}";

    /// <summary>1-based line and column of a 0-based offset.</summary>
    public static (int Line, int Column) LineColumn(ReadOnlySpan<char> text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        var end = Math.Min(offset, text.Length);
        for (var i = 0; i < end; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart + 1);
    }
}
