namespace Dashboards.Model;

/// <summary>
/// Finds template-variable references in text the way Grafana interpolates them: <c>$var</c>, <c>${var}</c>,
/// <c>${var:format}</c>, <c>${var.field}</c> and <c>[[var]]</c> / <c>[[var:format]]</c>. Built-ins (<c>$__*</c>) and
/// regex back-references such as <c>$1</c> are skipped.
/// </summary>
internal static class VariableReferences
{
    /// <summary>Calls <paramref name="found"/> with each referenced name and its offset in <paramref name="text"/>.</summary>
    public static void Scan(string? text, Action<string, int> found)
    {
        if (string.IsNullOrEmpty(text)) return;
        var span = text.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c == '$' && i + 1 < span.Length)
            {
                if (span[i + 1] == '{')
                {
                    var end = ReadWord(span, i + 2);
                    if (end > i + 2 && end < span.Length && span[end] is '}' or ':' or '.')
                        Report(text, i + 2, end, i, found);
                    i = end - 1;
                }
                else
                {
                    var end = ReadWord(span, i + 1);
                    if (end > i + 1) Report(text, i + 1, end, i, found);
                    i = end - 1;
                }
            }
            else if (c == '[' && i + 1 < span.Length && span[i + 1] == '[')
            {
                var end = ReadWord(span, i + 2);
                if (end > i + 2 && end + 1 < span.Length && (span[end] == ':' || (span[end] == ']' && span[end + 1] == ']')))
                    Report(text, i + 2, end, i, found);
                i = end - 1;
            }
        }
    }

    private static int ReadWord(ReadOnlySpan<char> span, int start)
    {
        var end = start;
        while (end < span.Length && (char.IsLetterOrDigit(span[end]) || span[end] == '_')) end++;
        return end;
    }

    private static void Report(string text, int start, int end, int offset, Action<string, int> found)
    {
        var name = text.AsSpan(start, end - start);
        if (name.StartsWith("__")) return; // Grafana built-ins: $__interval, $__rate_interval, ${__from:date}...
        var allDigits = true;
        foreach (var ch in name) allDigits &= char.IsAsciiDigit(ch);
        if (allDigits) return; // $1 in label_replace or regex replacements
        found(name.ToString(), offset);
    }
}
