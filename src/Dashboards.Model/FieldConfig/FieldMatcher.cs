namespace Dashboards.Model;

/// <summary>Field types a <see cref="FieldMatcher.ByType"/> override can select.</summary>
public enum FieldType { Number, String, Time, Boolean }

/// <summary>The options of a field matcher: a text (name, pattern, type, refId) or an object (names, value condition).</summary>
public abstract record FieldMatcherOptions
{
    private protected FieldMatcherOptions() { }
}

/// <summary>A matcher option that is one string: a field name, a regex, a field type or a query refId.</summary>
public sealed record FieldMatcherText(string Text) : FieldMatcherOptions;

/// <summary>Options of <c>byNames</c>: the field names, included or excluded.</summary>
public sealed record FieldMatcherNames(ImmutableArray<string> Names, bool Exclude = false) : FieldMatcherOptions;

/// <summary>Options of <c>byValue</c>: fields whose reduced value compares true against <see cref="Value"/>.</summary>
public sealed record FieldMatcherValue(Reducer Reducer, ComparisonOperation Operation, double Value) : FieldMatcherOptions;

/// <summary>Selects the fields an override applies to.</summary>
public sealed record FieldMatcher
{
    private FieldMatcher(string id, FieldMatcherOptions options)
    {
        Id = id;
        Options = options;
    }

    /// <summary>Grafana's matcher id (<c>byName</c>, <c>byRegexp</c>, <c>byType</c>, <c>byFrameRefID</c>, <c>byNames</c>, <c>byValue</c>).</summary>
    public string Id { get; }
    public FieldMatcherOptions Options { get; }

    /// <summary>The field whose display name is <paramref name="name"/> (for Prometheus, usually the legend).</summary>
    public static FieldMatcher ByName(string name) => Text("byName", NotEmpty(name, nameof(name)));

    /// <summary>Fields whose display name matches <paramref name="pattern"/>.</summary>
    public static FieldMatcher ByRegex(string pattern) => Text("byRegexp", NotEmpty(pattern, nameof(pattern)));

    public static FieldMatcher ByType(FieldType type) => Text("byType", type switch
    {
        FieldType.Number => "number",
        FieldType.String => "string",
        FieldType.Time => "time",
        FieldType.Boolean => "boolean",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    });

    /// <summary>Fields returned by the query with this refId.</summary>
    public static FieldMatcher ByQuery(string refId) => Text("byFrameRefID", NotEmpty(refId, nameof(refId)));

    /// <summary>The fields with any of these display names (Grafana's "Fields with name" multi-select).</summary>
    public static FieldMatcher ByNames(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Length == 0) throw new ArgumentException("byNames needs at least one field name.", nameof(names));
        foreach (var name in names) NotEmpty(name, nameof(names));
        return new("byNames", new FieldMatcherNames([.. names]));
    }

    /// <summary>All fields except those with these display names.</summary>
    public static FieldMatcher AllExcept(params string[] names) =>
        new("byNames", ((FieldMatcherNames)ByNames(names).Options) with { Exclude = true });

    /// <summary>Fields whose <paramref name="reducer"/> value compares true with <paramref name="value"/>, e.g. mean &gt;= 100.</summary>
    public static FieldMatcher ByValue(Reducer reducer, ComparisonOperation operation, double value) =>
        new("byValue", new FieldMatcherValue(reducer ?? throw new ArgumentNullException(nameof(reducer)), operation, value));

    private static FieldMatcher Text(string id, string text) => new(id, new FieldMatcherText(text));

    private static string NotEmpty(string value, string name) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException("A field matcher needs a non-empty value.", name) : value;
}
