using Dashboards.QuerySyntax;

namespace Dashboards.LogQL.Parsing;

/// <summary>
/// Bad LogQL text. <see cref="Exception.Message"/> reads <c>line:column: what went wrong; expected ...</c>.
/// </summary>
public sealed class LogQLParseException : QueryParseException
{
    public LogQLParseException(string reason, int line, int column, int offset, string? expected, string? query = null)
        : base(reason, line, column, offset, expected, query)
    {
    }

    internal static LogQLParseException At(ReadOnlySpan<char> text, int offset, string reason, string? expected)
    {
        var (line, column) = LineColumn(text, offset);
        return new LogQLParseException(reason, line, column, offset, expected, text.ToString());
    }
}
