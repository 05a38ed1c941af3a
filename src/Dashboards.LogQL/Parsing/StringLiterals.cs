using System.Globalization;
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
    public static void AppendQuoted(StringBuilder sb, string value)
    {
        sb.Append('"');
        var clean = true;
        foreach (var c in value)
        {
            if (c < 0x20 || c == '"' || c == '\\' || c == 0x7f)
            {
                clean = false;
                break;
            }
        }
        if (clean)
        {
            sb.Append(value).Append('"');
            return;
        }
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\a': sb.Append("\\a"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\v': sb.Append("\\v"); break;
                default:
                    if (c < 0x20 || c == 0x7f) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
