using Dashboards.QuerySyntax;

namespace Dashboards.PromQL.Parsing;

/// <summary>
/// Bad PromQL text. <see cref="Exception.Message"/> reads <c>line:column: what went wrong; expected ...</c>.
/// </summary>
public sealed class PromQLParseException : QueryParseException
{
    public PromQLParseException(string reason, int line, int column, int offset, string? expected, string? query = null)
        : base(reason, line, column, offset, expected, query)
    {
    }

    internal static PromQLParseException At(ReadOnlySpan<char> text, int offset, string reason, string? expected)
    {
        var (line, column) = LineColumn(text, offset);
        return new PromQLParseException(reason, line, column, offset, expected, text.ToString());
    }
}
