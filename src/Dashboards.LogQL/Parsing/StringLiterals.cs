using System.Globalization;
using System.Text;

namespace Dashboards.LogQL.Parsing;

/// <summary>Unescaping of LogQL string literals (Go syntax: <c>"..."</c> and raw <c>`...`</c>).</summary>
internal static class StringLiterals
{
    /// <summary>Unquotes a string token; <paramref name="offset"/> is its position, for errors.</summary>
    public static string Unquote(ReadOnlySpan<char> source, int offset, int length)
    {
        var token = source.Slice(offset, length);
        var body = token[1..^1];
        if (token[0] == '`' || body.IndexOf('\\') < 0) return body.ToString();
        var sb = new StringBuilder(body.Length);
        var quote = token[0];
        // \xHH and \ooo are bytes, as in Go: runs of them are decoded as UTF-8 ("\xe2\x82\xac" is one character).
        List<byte>? bytes = null;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            var isByteEscape = c == '\\' && i + 1 < body.Length && (body[i + 1] == 'x' || IsOctal(body[i + 1]));
            if (!isByteEscape && bytes is { Count: > 0 })
            {
                sb.Append(Utf8(bytes, source, offset));
                bytes.Clear();
            }
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }
            var at = offset + 1 + i;
            if (i + 1 >= body.Length) throw LogQLParseException.At(source, at, "unterminated escape sequence", null);
            var e = body[++i];
            switch (e)
            {
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case '\\': sb.Append('\\'); break;
                case '\'' when quote == '\'': sb.Append('\''); break;
                case '"' when quote == '"': sb.Append('"'); break;
                case 'x':
                    (bytes ??= []).Add((byte)Hex(source, body, ref i, 2, at));
                    break;
                case 'u': AppendCodePoint(sb, Hex(source, body, ref i, 4, at), source, at); break;
                case 'U': AppendCodePoint(sb, Hex(source, body, ref i, 8, at), source, at); break;
                case >= '0' and <= '7':
                    if (i + 2 >= body.Length || !IsOctal(body[i + 1]) || !IsOctal(body[i + 2]))
                        throw LogQLParseException.At(source, at, "bad octal escape", "three octal digits such as \\101");
                    var value = (e - '0') * 64 + (body[i + 1] - '0') * 8 + (body[i + 2] - '0');
                    if (value > 255) throw LogQLParseException.At(source, at, "octal escape value > 255", null);
                    (bytes ??= []).Add((byte)value);
                    i += 2;
                    break;
                default:
                    throw LogQLParseException.At(source, at, $"unknown escape sequence \\{e}",
                        quote == '"' ? "one of \\n \\t \\\\ \\\" \\xHH \\uHHHH" : "one of \\n \\t \\\\ \\' \\xHH \\uHHHH");
            }
        }
        if (bytes is { Count: > 0 }) sb.Append(Utf8(bytes, source, offset));
        return sb.ToString();
    }

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>Byte escapes must spell valid UTF-8, as Loki requires (<c>invalid UTF-8 encoding</c>).</summary>
    private static string Utf8(List<byte> bytes, ReadOnlySpan<char> source, int offset)
    {
        try
        {
            return StrictUtf8.GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            throw LogQLParseException.At(source, offset, "invalid UTF-8 encoding", "byte escapes (\\xHH) that spell UTF-8 characters");
        }
    }

    private static bool IsOctal(char c) => c is >= '0' and <= '7';

    private static int Hex(ReadOnlySpan<char> source, ReadOnlySpan<char> body, ref int i, int digits, int at)
    {
        if (i + digits >= body.Length || !int.TryParse(body.Slice(i + 1, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            throw LogQLParseException.At(source, at, "bad hexadecimal escape", $"{digits} hex digits");
        i += digits;
        return value;
    }

    private static void AppendCodePoint(StringBuilder sb, int codePoint, ReadOnlySpan<char> source, int at)
    {
        if (codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            throw LogQLParseException.At(source, at, "escape sequence is an invalid Unicode code point", null);
        if (codePoint < 0x10000) sb.Append((char)codePoint);
        else sb.Append(char.ConvertFromUtf32(codePoint));
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
