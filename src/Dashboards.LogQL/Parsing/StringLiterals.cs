using System.Text;

namespace Dashboards.LogQL.Parsing;

/// <summary>
/// LogQL string literals (Go syntax: <c>"..."</c> and raw <c>`...`</c>): unescaping (shared with PromQL in
/// <see cref="GoStringLiteral"/>; byte escapes must spell UTF-8, as Loki requires) and quoting.
/// </summary>
internal static class StringLiterals
{
    /// <summary>Unquotes a string token; <paramref name="offset"/> is its position, for errors.</summary>
    public static string Unquote(ReadOnlySpan<char> source, int offset, int length)
    {
        var token = source.Slice(offset, length);
        var body = token[1..^1];
        if (token[0] == '`' || body.IndexOf('\\') < 0) return body.ToString();
        return GoStringLiteral.Unescape(source, offset, length, LogQLParseException.At, InvalidUtf8.Reject);
    }

    /// <summary>Writes <paramref name="value"/> as a double-quoted LogQL string with the escapes it needs.</summary>
    public static void AppendQuoted(StringBuilder sb, string value) => GoStringLiteral.AppendQuoted(sb, value, InvalidUtf8.Reject);
}
