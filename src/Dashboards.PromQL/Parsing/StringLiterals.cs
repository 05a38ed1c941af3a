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
    public static void AppendQuoted(StringBuilder sb, string value) => GoStringLiteral.AppendQuoted(sb, value, InvalidUtf8.KeepAsRawBytes);
}
