using System.Globalization;

namespace Dashboards.PromQL.Parsing;

/// <summary>
/// Number literals read the way Prometheus reads them (Go's strconv): first as an integer with a base prefix
/// (<c>0x1f</c>, <c>0755</c> octal, <c>1_000</c>), else as a decimal float; out of range is an error.
/// </summary>
internal static class NumberText
{
    /// <summary>Go's <c>strconv.ParseInt(s, 0, 64)</c>: true with the value when the text is an int64 literal.</summary>
    public static bool TryParseGoInt(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var s = text;
        var negative = false;
        if (!s.IsEmpty && s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            s = s[1..];
        }
        if (s.IsEmpty) return false;
        var numberBase = 10;
        var prefixed = false;
        if (s[0] == '0' && s.Length > 1)
        {
            switch (s[1])
            {
                case 'x' or 'X': numberBase = 16; s = s[2..]; prefixed = true; break;
                case 'o' or 'O': numberBase = 8; s = s[2..]; prefixed = true; break;
                case 'b' or 'B': numberBase = 2; s = s[2..]; prefixed = true; break;
                default: numberBase = 8; s = s[1..]; prefixed = true; break;
            }
        }
        if (!UnderscoresOk(text)) return false;
        ulong n = 0;
        var any = false;
        foreach (var c in s)
        {
            if (c == '_') continue;
            var d = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : 99;
            if (d >= numberBase) return false;
            if (n > (ulong.MaxValue - (ulong)d) / (ulong)numberBase) return false;
            n = n * (ulong)numberBase + (ulong)d;
            any = true;
        }
        if (!any && !(prefixed && numberBase == 8)) return false;
        if (negative ? n > 9223372036854775808UL : n > long.MaxValue) return false;
        value = negative ? -(double)n : n;
        return true;
    }

    /// <summary>Go's <c>strconv.ParseFloat(s, 64)</c> for decimal text: <paramref name="outOfRange"/> when it overflows.</summary>
    public static bool TryParseGoFloat(ReadOnlySpan<char> text, out double value, out bool outOfRange)
    {
        value = 0;
        outOfRange = false;
        if (text.Length > 1 && text[0] == '0' && text[1] is 'x' or 'X') return false; // hex floats need a 'p' exponent, which the lexer never lets through
        if (text.IndexOf('_') >= 0)
        {
            if (!UnderscoresOk(text)) return false;
            text = text.ToString().Replace("_", "", StringComparison.Ordinal);
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)) return false;
        if (double.IsInfinity(value))
        {
            outOfRange = true;
            return false;
        }
        return true;
    }

    /// <summary>Go's rule: '_' only between digits, or between a base prefix and a digit.</summary>
    private static bool UnderscoresOk(ReadOnlySpan<char> s)
    {
        if (s.IndexOf('_') < 0) return true;
        var saw = '^';
        var i = 0;
        if (s.Length >= 1 && s[0] is '-' or '+') s = s[1..];
        var hex = false;
        if (s.Length >= 2 && s[0] == '0' && char.ToLowerInvariant(s[1]) is 'b' or 'o' or 'x')
        {
            i = 2;
            saw = '0';
            hex = char.ToLowerInvariant(s[1]) == 'x';
        }
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c) || (hex && char.IsAsciiHexDigit(c)))
            {
                saw = '0';
                continue;
            }
            if (c == '_')
            {
                if (saw != '0') return false;
                saw = '_';
                continue;
            }
            if (saw == '_') return false;
            saw = '!';
        }
        return saw != '_';
    }
}
