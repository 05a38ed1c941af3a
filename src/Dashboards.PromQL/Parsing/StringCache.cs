namespace Dashboards.PromQL.Parsing;

/// <summary>
/// Per-thread cache of identifier and label-value strings, so parsing the same dashboards again does not allocate
/// the same metric and label names each time. Bounded: cleared when full.
/// </summary>
internal static class StringCache
{
    private const int MaxEntries = 8192;
    private const int MaxLength = 128;

    [ThreadStatic]
    private static Dictionary<string, string>? _cache;

    public static string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength) return text.ToString();
        var cache = _cache ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var s)) return s;
        if (cache.Count >= MaxEntries) cache.Clear();
        s = text.ToString();
        cache[s] = s;
        return s;
    }
}
