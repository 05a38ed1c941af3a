namespace Dashboards.Model;

/// <summary>Special values a mapping can match.</summary>
public enum SpecialValue { True, False, Null, NaN, NullAndNaN, Empty }

/// <summary>What a matched value is shown as: a text and/or a color.</summary>
public sealed record MappingResult(string? Text = null, Color? Color = null, string? Icon = null);

/// <summary>
/// Value mappings: <c>ValueMapping.Value("1", "Up", Color.Green)</c>, <c>ValueMapping.Range(0, 50, "Low")</c>,
/// <c>ValueMapping.Regex("^error.*", "Error")</c>, <c>ValueMapping.Special(SpecialValue.Null, "N/A")</c>.
/// </summary>
public abstract record ValueMapping
{
    private protected ValueMapping(MappingResult result)
    {
        if (result.Text is null && result.Color is null && result.Icon is null)
            throw new ArgumentException("A value mapping needs a text, a color or an icon.");
        Result = result;
    }

    public MappingResult Result { get; }

    public static ValueMapping Value(string value, string? text = null, Color? color = null) =>
        new ValueMatch(value, new MappingResult(text, color));

    /// <summary>Matches values in [from, to]; a null bound is open.</summary>
    public static ValueMapping Range(double? from, double? to, string? text = null, Color? color = null) =>
        new RangeMatch(from, to, new MappingResult(text, color));

    public static ValueMapping Regex(string pattern, string? text = null, Color? color = null) =>
        new RegexMatch(pattern, new MappingResult(text, color));

    public static ValueMapping Special(SpecialValue match, string? text = null, Color? color = null) =>
        new SpecialMatch(match, new MappingResult(text, color));
}

public sealed record ValueMatch : ValueMapping
{
    internal ValueMatch(string value, MappingResult result) : base(result) => MatchedValue = value;

    /// <summary>The value (as text) this mapping matches.</summary>
    public string MatchedValue { get; }
}

public sealed record RangeMatch : ValueMapping
{
    internal RangeMatch(double? from, double? to, MappingResult result) : base(result)
    {
        if (from is null && to is null) throw new ArgumentException("A range mapping needs at least one bound.");
        if (from > to) throw new ArgumentException($"Range mapping bounds are reversed: from {from} > to {to}.");
        From = from;
        To = to;
    }

    public double? From { get; }
    public double? To { get; }
}

public sealed record RegexMatch : ValueMapping
{
    internal RegexMatch(string pattern, MappingResult result) : base(result)
    {
        try { _ = new System.Text.RegularExpressions.Regex(pattern); }
        catch (ArgumentException e) { throw new ArgumentException($"Mapping pattern '{pattern}' is not a valid regex: {e.Message}", nameof(pattern)); }
        Pattern = pattern;
    }

    public string Pattern { get; }
}

public sealed record SpecialMatch : ValueMapping
{
    internal SpecialMatch(SpecialValue match, MappingResult result) : base(result) => Match = match;
    public SpecialValue Match { get; }
}
