using System.Globalization;
using System.Text;

namespace Dashboards.PromQL.Parsing;

/// <summary>
/// PromQL string literals (Go syntax: <c>"..."</c>, <c>'...'</c>, raw <c>`...`</c>): unescaping (shared with LogQL in
/// <see cref="GoStringLiteral"/>; a byte escape that is not UTF-8 stays a raw byte) and quoting.
/// </summary>
internal static class StringLiterals
{
    /// <summary>Unquotes a string token; <paramref name="offset"/> is its position, for errors.</summary>
    public static string Unquote(ReadOnlySpan<char> source, int offset, int length, bool cache = false)
    {
        var token = source.Slice(offset, length);
        var body = token[1..^1];
        // Prometheus's lexer reads U+FFFD as a broken UTF-8 sequence and rejects it, even when written as a character.
        var replacement = body.IndexOf('\uFFFD');
        if (replacement >= 0) throw PromQLParseException.At(source, offset + 1 + replacement, "invalid UTF-8 rune", "an escape such as \\ufffd");
        if (token[0] == '`' || body.IndexOf('\\') < 0) return cache ? StringCache.Get(body) : body.ToString();
        return GoStringLiteral.Unescape(source, offset, length, PromQLParseException.At, InvalidUtf8.KeepAsRawBytes);
    }

    /// <summary>True when the text holds a surrogate without its pair (not valid UTF-8 text).</summary>
    public static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }

    /// <summary>Writes <paramref name="value"/> as a double-quoted PromQL string with the escapes it needs.</summary>
    public static void AppendQuoted(StringBuilder sb, string value)
    {
        sb.Append('"');
        var clean = true;
        foreach (var c in value)
        {
            if (c < 0x20 || c == '"' || c == '\\' || c == 0x7f || c == '\uFFFD' || char.IsSurrogate(c))
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
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
                continue;
            }
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
                case '\uFFFD': sb.Append("\\ufffd"); break;
                default:
                    if (c < 0x20 || c == 0x7f) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    else if (c >= 0xDC80 && c <= 0xDCFF) sb.Append("\\x").Append((c - 0xDC00).ToString("x2", CultureInfo.InvariantCulture)); // a raw byte, see AppendBytes
                    else if (char.IsSurrogate(c)) sb.Append("\\ufffd"); // not text; Prometheus would reject it either way
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
