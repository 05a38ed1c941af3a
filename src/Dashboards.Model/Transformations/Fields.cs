namespace Dashboards.Model.Transformations;

// Transformations that keep, rename, convert or reformat fields.

/// <summary>
/// Keeps or drops fields by name or display-name pattern (<c>filterFieldsByName</c>): <c>FilterFieldsByName.Keep("Time", "Value")</c>,
/// <c>FilterFieldsByName.DropMatching("^__")</c>.
/// </summary>
public sealed record FilterFieldsByName : Transformation
{
    private FilterFieldsByName() { }

    public override string Id => "filterFieldsByName";

    /// <summary>Kept names (Grafana's <c>include.names</c>); empty keeps every field not dropped.</summary>
    public ImmutableArray<string> IncludeNames { get; private init; } = [];
    public string? IncludePattern { get; private init; }
    public ImmutableArray<string> ExcludeNames { get; private init; } = [];
    public string? ExcludePattern { get; private init; }

    public static FilterFieldsByName Keep(params string[] names) => new() { IncludeNames = Names(names) };
    public static FilterFieldsByName KeepMatching(string pattern) => new() { IncludePattern = Pattern(pattern) };
    public static FilterFieldsByName Drop(params string[] names) => new() { ExcludeNames = Names(names) };
    public static FilterFieldsByName DropMatching(string pattern) => new() { ExcludePattern = Pattern(pattern) };

    internal static ImmutableArray<string> Names(string[] names, string what = "field")
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Length == 0) throw new ArgumentException($"Give at least one {what} name.", nameof(names));
        foreach (var n in names)
            if (string.IsNullOrEmpty(n)) throw new ArgumentException($"A {what} name cannot be empty.", nameof(names));
        return [.. names];
    }

    internal static string Pattern(string pattern)
    {
        if (string.IsNullOrEmpty(pattern)) throw new ArgumentException("The pattern cannot be empty.", nameof(pattern));
        try { _ = new System.Text.RegularExpressions.Regex(pattern); }
        catch (ArgumentException e) { throw new ArgumentException($"'{pattern}' is not a valid regular expression: {e.Message}", nameof(pattern)); }
        return pattern;
    }

    internal static string Field(string field, string paramName)
    {
        if (string.IsNullOrEmpty(field)) throw new ArgumentException("A field name cannot be empty.", paramName);
        return field;
    }
}

/// <summary>Renames fields whose display name matches <see cref="Regex"/> to <see cref="RenamePattern"/> (<c>$1</c> back-references) (<c>renameByRegex</c>).</summary>
public sealed record RenameByRegex : Transformation
{
    public RenameByRegex(string regex, string renamePattern)
    {
        Regex = FilterFieldsByName.Pattern(regex);
        RenamePattern = renamePattern ?? throw new ArgumentNullException(nameof(renamePattern));
    }

    public override string Id => "renameByRegex";
    public string Regex { get; }
    public string RenamePattern { get; }
}

/// <summary>One conversion of <see cref="ConvertFieldType"/>.</summary>
public sealed record FieldConversion(string Field, FieldType To)
{
    /// <summary>Parses strings into times with this format (moment.js, e.g. <c>YYYY-MM-DD</c>) when converting to time.</summary>
    public string? DateFormat { get; init; }

    /// <summary>Joins array values with this separator when converting to string.</summary>
    public string? JoinWith { get; init; }
}

/// <summary>Changes fields' types (<c>convertFieldType</c>): <c>new ConvertFieldType(new FieldConversion("le", FieldType.Number))</c>.</summary>
public sealed record ConvertFieldType : Transformation
{
    public ConvertFieldType(params FieldConversion[] conversions)
    {
        ArgumentNullException.ThrowIfNull(conversions);
        if (conversions.Length == 0) throw new ArgumentException("convertFieldType needs at least one conversion.", nameof(conversions));
        foreach (var c in conversions)
        {
            FilterFieldsByName.Field(c.Field, nameof(conversions));
            if (!Enum.IsDefined(c.To)) throw new ArgumentOutOfRangeException(nameof(conversions));
        }
        Conversions = [.. conversions];
    }

    public override string Id => "convertFieldType";
    public ImmutableArray<FieldConversion> Conversions { get; }
}

/// <summary>String formats of <see cref="FormatString"/> (Grafana's FormatStringOutput).</summary>
public enum StringFormat { UpperCase, LowerCase, SentenceCase, TitleCase, PascalCase, CamelCase, SnakeCase, KebabCase, Trim, Substring }

/// <summary>Reformats a string field in place (<c>formatString</c>).</summary>
public sealed record FormatString : Transformation
{
    public FormatString(string field, StringFormat format)
    {
        Field = FilterFieldsByName.Field(field, nameof(field));
        Format = Enum.IsDefined(format) ? format : throw new ArgumentOutOfRangeException(nameof(format));
    }

    public override string Id => "formatString";
    public string Field { get; }
    public StringFormat Format { get; }
    public int SubstringStart { get; private init; }
    public int SubstringEnd { get; private init; }

    /// <summary>Characters <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive) of each value.</summary>
    public static FormatString Substring(string field, int start, int end)
    {
        if (start < 0 || end < start) throw new ArgumentOutOfRangeException(nameof(end), $"A substring runs from 0 <= start <= end; got {start}..{end}.");
        return new FormatString(field, StringFormat.Substring) { SubstringStart = start, SubstringEnd = end };
    }
}

/// <summary>Formats a time field as text (<c>formatTime</c>) with a moment.js format such as <c>YYYY-MM-DD HH:mm</c>.</summary>
public sealed record FormatTime : Transformation
{
    public FormatTime(string timeField, string format, string timezone = "browser")
    {
        TimeField = FilterFieldsByName.Field(timeField, nameof(timeField));
        Format = string.IsNullOrEmpty(format) ? throw new ArgumentException("formatTime needs a format.", nameof(format)) : format;
        Timezone = string.IsNullOrEmpty(timezone) ? throw new ArgumentException("formatTime needs a time zone (browser, utc or an IANA name).", nameof(timezone)) : timezone;
    }

    public override string Id => "formatTime";
    public string TimeField { get; }
    public string Format { get; }
    public string Timezone { get; }
}

/// <summary>Where <see cref="LabelsToFields"/> puts labels (Grafana's LabelsToFieldsMode).</summary>
public enum LabelsToFieldsMode { Columns, Rows }

/// <summary>Turns series labels into fields (<c>labelsToFields</c>).</summary>
public sealed record LabelsToFields : Transformation
{
    public LabelsToFields(LabelsToFieldsMode mode = LabelsToFieldsMode.Columns) =>
        Mode = Enum.IsDefined(mode) ? mode : throw new ArgumentOutOfRangeException(nameof(mode));

    public override string Id => "labelsToFields";
    public LabelsToFieldsMode Mode { get; }

    /// <summary>Only these labels become fields (all when empty).</summary>
    public ImmutableArray<string> KeepLabels { get; private init; } = [];

    /// <summary>A label whose value names the value field (columns mode).</summary>
    public string? ValueLabel { get; private init; }

    public LabelsToFields Keep(params string[] labels) => this with { KeepLabels = FilterFieldsByName.Names(labels, "label") };
    public LabelsToFields NameValuesBy(string label) => this with { ValueLabel = FilterFieldsByName.Field(label, nameof(label)) };
}

/// <summary>How <see cref="ExtractFields"/> reads its source field (Grafana's FieldExtractorID).</summary>
public enum ExtractFormat { Auto, Json, KeyValues, RegExp }

/// <summary>A JSON path of <see cref="ExtractFields"/>, shown as <see cref="Alias"/> when given.</summary>
public sealed record JsonPath(string Path, string? Alias = null);

/// <summary>Splits a JSON, key=value or regex-matched string field into fields (<c>extractFields</c>).</summary>
public sealed record ExtractFields : Transformation
{
    public ExtractFields(string source, ExtractFormat format = ExtractFormat.Auto)
    {
        Source = FilterFieldsByName.Field(source, nameof(source));
        Format = Enum.IsDefined(format) ? format : throw new ArgumentOutOfRangeException(nameof(format));
    }

    public override string Id => "extractFields";
    public string Source { get; }
    public ExtractFormat Format { get; }
    public ImmutableArray<JsonPath> JsonPaths { get; private init; } = [];
    public string? RegExp { get; private init; }

    /// <summary>Drops the source field (and the others) and keeps only what was extracted.</summary>
    public bool Replace { get; init; }

    /// <summary>With <see cref="Replace"/>, keeps the time field.</summary>
    public bool KeepTime { get; init; }

    public static ExtractFields Json(string source, params JsonPath[] paths) =>
        new(source, ExtractFormat.Json) { JsonPaths = [.. paths] };

    /// <summary>Named groups of <paramref name="pattern"/> become fields.</summary>
    public static ExtractFields Regex(string source, string pattern) =>
        new(source, ExtractFormat.RegExp) { RegExp = FilterFieldsByName.Pattern(pattern) };
}

/// <summary>Adds fields looked up in a gazetteer (e.g. country codes to coordinates) (<c>fieldLookup</c>).</summary>
public sealed record FieldLookup : Transformation
{
    public FieldLookup(string lookupField, string? gazetteer = null)
    {
        LookupField = FilterFieldsByName.Field(lookupField, nameof(lookupField));
        Gazetteer = gazetteer;
    }

    public override string Id => "fieldLookup";
    public string LookupField { get; }

    /// <summary>The gazetteer file, e.g. <c>public/gazetteer/usa-states.json</c>; Grafana's countries list when null.</summary>
    public string? Gazetteer { get; }
}
