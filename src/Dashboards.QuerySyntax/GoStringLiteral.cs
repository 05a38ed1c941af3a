using System.Globalization;
using System.Text;

namespace Dashboards.QuerySyntax;

/// <summary>Builds the query language's own parse error at <paramref name="offset"/> of <paramref name="text"/>.</summary>
internal delegate QueryParseException ParseErrorAt(ReadOnlySpan<char> text, int offset, string reason, string? expected);

/// <summary>What a language does with byte escapes (<c>\xHH</c>, <c>\ooo</c>) that do not spell UTF-8.</summary>
internal enum InvalidUtf8
{
    /// <summary>
    /// Prometheus keeps such a byte as a raw byte: it becomes the lone surrogate U+DC80..U+DCFF ("surrogate escape"), which
    /// the PromQL printer writes back as <c>\xHH</c>, so <c>"\xff"</c> keeps its meaning instead of turning into U+FFFD.
    /// </summary>
    KeepAsRawBytes,

    /// <summary>Loki rejects the string (<c>invalid UTF-8 encoding</c>), the error placed at the literal's start.</summary>
    Reject,
}

/// <summary>
/// Unescaping of Go string literals (<c>"..."</c>, <c>'...'</c>), which PromQL and LogQL both use: the escapes, their
/// errors and UTF-8 decoding of byte-escape runs, once for both languages. Raw (<c>`...`</c>) and escape-free literals are
/// the caller's fast path.
/// </summary>
internal static class GoStringLiteral
{
    /// <summary>
    /// Unescapes the quoted token at <paramref name="offset"/> (<paramref name="length"/> characters, quotes included) of
    /// <paramref name="source"/>; errors are positioned in <paramref name="source"/>.
    /// </summary>
    public static string Unescape(ReadOnlySpan<char> source, int offset, int length, ParseErrorAt error, InvalidUtf8 invalidUtf8)
    {
        var token = source.Slice(offset, length);
        var body = token[1..^1];
        var sb = new StringBuilder(body.Length);
        var quote = token[0];
        // \xHH and \ooo are bytes, as in Go: runs of them are decoded as UTF-8 ("\xe2\x82\xac" is one character).
        List<byte>? bytes = null;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            var isByteEscape = c == '\\' && i + 1 < body.Length && (body[i + 1] == 'x' || IsOctal(body[i + 1]));
            if (!isByteEscape && bytes is { Count: > 0 }) AppendBytes(sb, bytes, source, offset, error, invalidUtf8);
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }
            var at = offset + 1 + i;
            if (i + 1 >= body.Length) throw error(source, at, "unterminated escape sequence", null);
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
                    (bytes ??= []).Add((byte)Hex(source, body, ref i, 2, at, error));
                    break;
                case 'u': AppendCodePoint(sb, Hex(source, body, ref i, 4, at, error), source, at, error); break;
                case 'U': AppendCodePoint(sb, Hex(source, body, ref i, 8, at, error), source, at, error); break;
                case >= '0' and <= '7':
                    if (i + 2 >= body.Length || !IsOctal(body[i + 1]) || !IsOctal(body[i + 2]))
                        throw error(source, at, "bad octal escape", "three octal digits such as \\101");
                    var value = (e - '0') * 64 + (body[i + 1] - '0') * 8 + (body[i + 2] - '0');
                    if (value > 255) throw error(source, at, "octal escape value > 255", null);
                    (bytes ??= []).Add((byte)value);
                    i += 2;
                    break;
                default:
                    throw error(source, at, $"unknown escape sequence \\{e}",
                        quote == '"' ? "one of \\n \\t \\\\ \\\" \\xHH \\uHHHH" : "one of \\n \\t \\\\ \\' \\xHH \\uHHHH");
            }
        }
        if (bytes is { Count: > 0 }) AppendBytes(sb, bytes, source, offset, error, invalidUtf8);
        return sb.ToString();
    }

    private static bool IsOctal(char c) => c is >= '0' and <= '7';

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>A run of byte escapes, decoded as UTF-8 and cleared.</summary>
    private static void AppendBytes(StringBuilder sb, List<byte> bytes, ReadOnlySpan<char> source, int offset, ParseErrorAt error, InvalidUtf8 invalidUtf8)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes);
        if (invalidUtf8 == InvalidUtf8.Reject)
        {
            try
            {
                sb.Append(StrictUtf8.GetString(span));
            }
            catch (DecoderFallbackException)
            {
                throw error(source, offset, "invalid UTF-8 encoding", "byte escapes (\\xHH) that spell UTF-8 characters");
            }
            bytes.Clear();
            return;
        }
        while (!span.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(span, out var rune, out var consumed);
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

    private static int Hex(ReadOnlySpan<char> source, ReadOnlySpan<char> body, ref int i, int digits, int at, ParseErrorAt error)
    {
        if (i + digits >= body.Length || !int.TryParse(body.Slice(i + 1, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            throw error(source, at, "bad hexadecimal escape", $"{digits} hex digits");
        i += digits;
        return value;
    }

    private static void AppendCodePoint(StringBuilder sb, int codePoint, ReadOnlySpan<char> source, int at, ParseErrorAt error)
    {
        if (codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            throw error(source, at, "escape sequence is an invalid Unicode code point", null);
        if (codePoint < 0x10000) sb.Append((char)codePoint);
        else sb.Append(char.ConvertFromUtf32(codePoint));
    }

    /// <summary>
    /// Writes <paramref name="value"/> as a double-quoted Go string with the escapes it needs. With
    /// <see cref="InvalidUtf8.KeepAsRawBytes"/> a raw byte (U+DC80..U+DCFF) is written back as <c>\xHH</c>, U+FFFD as
    /// <c>\ufffd</c> and any other lone surrogate as <c>\ufffd</c>; otherwise text is written as it is.
    /// </summary>
    public static void AppendQuoted(StringBuilder sb, string value, InvalidUtf8 invalidUtf8) => AppendQuoted(new StringBuilderSink(sb), value, invalidUtf8);

    /// <inheritdoc cref="AppendQuoted(StringBuilder, string, InvalidUtf8)"/>
    public static void AppendQuoted<TSink>(TSink sb, string value, InvalidUtf8 invalidUtf8) where TSink : struct, ITextSink
    {
        var rawBytes = invalidUtf8 == InvalidUtf8.KeepAsRawBytes;
        sb.Append('"');
        var clean = true;
        foreach (var c in value)
        {
            if (c < 0x20 || c == '"' || c == '\\' || c == 0x7f || (rawBytes && (c == '\uFFFD' || char.IsSurrogate(c))))
            {
                clean = false;
                break;
            }
        }
        if (clean)
        {
            sb.Append(value);
            sb.Append('"');
            return;
        }
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (rawBytes && char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(value.AsSpan(i++, 2));
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
                case '\uFFFD' when rawBytes: sb.Append("\\ufffd"); break;
                default:
                    if (c < 0x20 || c == 0x7f) AppendHexByte(sb, c);
                    else if (rawBytes && c >= 0xDC80 && c <= 0xDCFF) AppendHexByte(sb, c - 0xDC00); // a raw byte, see AppendBytes
                    else if (rawBytes && char.IsSurrogate(c)) sb.Append("\\ufffd"); // not text; Prometheus would reject it either way
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }

    private static void AppendHexByte<TSink>(TSink sb, int value) where TSink : struct, ITextSink
    {
        sb.Append('\\');
        sb.Append('x');
        sb.Append("0123456789abcdef"[(value >> 4) & 0xF]);
        sb.Append("0123456789abcdef"[value & 0xF]);
    }
}
