namespace Dashboards.Model;

/// <summary>
/// A Grafana unit id for <c>fieldConfig.defaults.unit</c>: one of the well-known ids (static members)
/// or a custom unit built with Grafana's prefixes (<c>suffix:</c>, <c>prefix:</c>, <c>currency:</c>, ...).
/// </summary>
public sealed partial record Unit
{
    private Unit(string id) => Id = id;

    /// <summary>The id Grafana stores, e.g. <c>reqps</c> or <c>suffix: tokens</c>.</summary>
    public string Id { get; }

    /// <summary>
    /// Shows the value followed by a space and <paramref name="suffix"/>, e.g. <c>Unit.Suffix("tokens")</c> → <c>12 tokens</c>.
    /// Grafana adds the space itself, so surrounding whitespace is dropped (<c>" tokens"</c> would show two).
    /// </summary>
    public static Unit Suffix(string suffix) => Custom("suffix", suffix);

    /// <summary>
    /// Shows <paramref name="prefix"/> right before the value, e.g. <c>Unit.Prefix("$")</c> → <c>$12</c>; a trailing space
    /// is kept (<c>"$ "</c> → <c>$ 12</c>), leading whitespace is dropped.
    /// </summary>
    public static Unit Prefix(string prefix) => Custom("prefix", prefix);

    /// <summary>A currency symbol before the value with k/M scaling, e.g. <c>Unit.Currency("€")</c>.</summary>
    public static Unit Currency(string symbol) => Custom("currency", symbol);

    /// <summary>An SI unit with metric prefixes (k, M, m, µ...), e.g. <c>Unit.SI("g")</c>.</summary>
    public static Unit SI(string unit) => Custom("si", unit);

    /// <summary>A count with k/M scaling and a suffix, e.g. <c>Unit.Count("req")</c>.</summary>
    public static Unit Count(string suffix) => Custom("count", suffix);

    /// <summary>A timestamp rendered with a moment.js format, e.g. <c>Unit.Time("HH:mm")</c>.</summary>
    public static Unit Time(string momentFormat) => Custom("time", momentFormat);

    /// <summary>A boolean rendered with the given words, e.g. <c>Unit.Bool("up", "down")</c>.</summary>
    public static Unit Bool(string whenTrue, string whenFalse)
    {
        if (whenTrue.Contains('/') || whenFalse.Contains('/'))
            throw new ArgumentException("Boolean unit texts cannot contain '/', Grafana uses it as the separator.");
        return Custom("bool", whenTrue + "/" + whenFalse);
    }

    /// <summary>
    /// A Grafana unit id this type has no member for yet (e.g. a newer Grafana id). Grafana shows unknown ids as a suffix.
    /// Custom ids (<c>suffix:</c>, <c>prefix:</c>, <c>count:</c>, <c>si:</c>, <c>currency:</c>) are normalised like their factories.
    /// </summary>
    public static Unit FromId(string id)
    {
        if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("A unit id cannot be empty.", nameof(id));
        var colon = id.IndexOf(':');
        if (colon > 0 && Normalizers.ContainsKey(id[..colon])) return Custom(id[..colon], id[(colon + 1)..]);
        return new Unit(id);
    }

    // How Grafana's formatters place each custom unit's text (valueFormats.ts): suffix, count and si put a space of
    // their own before it; prefix and currency put it right before the number. Whitespace Grafana already supplies is
    // dropped so the rendered value never shows two spaces.
    private static readonly Dictionary<string, Func<string, string>> Normalizers = new(StringComparer.Ordinal)
    {
        ["suffix"] = text => text.Trim(),
        ["count"] = text => text.Trim(),
        ["si"] = text => text.Trim(),
        ["prefix"] = text => text.TrimStart(),
        ["currency"] = text => text.Trim(),
    };

    private static Unit Custom(string prefix, string text)
    {
        if (text is not null && Normalizers.TryGetValue(prefix, out var normalize)) text = normalize(text);
        if (string.IsNullOrEmpty(text)) throw new ArgumentException($"The text of a '{prefix}:' unit cannot be empty.", nameof(text));
        return new Unit(prefix + ":" + text);
    }

    public override string ToString() => Id;
}
