using System.Globalization;
using System.Text;

namespace Dashboards.PromQL.Parsing;

/// <summary>Unescaping of PromQL string literals (Go syntax: <c>"..."</c>, <c>'...'</c>, raw <c>`...`</c>).</summary>
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
                AppendBytes(sb, bytes);
                bytes.Clear();
            }
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }
            var at = offset + 1 + i;
            if (i + 1 >= body.Length) throw PromQLParseException.At(source, at, "unterminated escape sequence", null);
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
                        throw PromQLParseException.At(source, at, "bad octal escape", "three octal digits such as \\101");
                    var value = (e - '0') * 64 + (body[i + 1] - '0') * 8 + (body[i + 2] - '0');
                    if (value > 255) throw PromQLParseException.At(source, at, "octal escape value > 255", null);
                    (bytes ??= []).Add((byte)value);
                    i += 2;
                    break;
                default:
                    throw PromQLParseException.At(source, at, $"unknown escape sequence \\{e}",
                        quote == '"' ? "one of \\n \\t \\\\ \\\" \\xHH \\uHHHH" : "one of \\n \\t \\\\ \\' \\xHH \\uHHHH");
            }
        }
        if (bytes is { Count: > 0 }) AppendBytes(sb, bytes);
        return sb.ToString();
    }

    private static bool IsOctal(char c) => c is >= '0' and <= '7';

    /// <summary>
    /// Bytes from \\x and octal escapes, decoded as UTF-8. A byte that is not part of valid UTF-8 (Prometheus keeps it as a
    /// raw byte) becomes the lone surrogate U+DC80..U+DCFF ("surrogate escape"), which the printer writes back as \\xHH,
    /// so <c>"\\xff"</c> keeps its meaning instead of turning into U+FFFD.
    /// </summary>
    private static void AppendBytes(StringBuilder sb, List<byte> bytes)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes);
        while (!span.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(span, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                sb.Append(rune.ToString());
            }
            else
            {
                consumed = 1;
                sb.Append((char)(0xDC00 + span[0]));
            }
            span = span[consumed..];
        }
        bytes.Clear();
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

    private static int Hex(ReadOnlySpan<char> source, ReadOnlySpan<char> body, ref int i, int digits, int at)
    {
        if (i + digits >= body.Length || !int.TryParse(body.Slice(i + 1, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            throw PromQLParseException.At(source, at, "bad hexadecimal escape", $"{digits} hex digits");
        i += digits;
        return value;
    }

    private static void AppendCodePoint(StringBuilder sb, int codePoint, ReadOnlySpan<char> source, int at)
    {
        if (codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            throw PromQLParseException.At(source, at, "escape sequence is an invalid Unicode code point", null);
        if (codePoint < 0x10000) sb.Append((char)codePoint);
        else sb.Append(char.ConvertFromUtf32(codePoint));
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
