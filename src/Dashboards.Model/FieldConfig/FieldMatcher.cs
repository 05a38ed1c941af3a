namespace Dashboards.Model;

/// <summary>Field types a <see cref="FieldMatcher.ByType"/> override can select and <see cref="ConvertFieldType"/> can convert to.</summary>
public enum FieldType { Number, String, Time, Boolean, Enum, Other }

/// <summary>The options of a field matcher: a text (name, pattern, type, refId) or an object (names, value condition).</summary>
public abstract record FieldMatcherOptions
{
    private protected FieldMatcherOptions() { }
}

/// <summary>A matcher option that is one string: a field name, a regex, a field type or a query refId (empty for numeric, time, first...).</summary>
public sealed record FieldMatcherText(string Text) : FieldMatcherOptions;

/// <summary>Options of <c>byNames</c>: the field names, included or excluded.</summary>
public sealed record FieldMatcherNames(ImmutableArray<string> Names, bool Exclude = false) : FieldMatcherOptions;

/// <summary>Options of <c>byRegexpOrNames</c>: a display-name pattern or one of the names.</summary>
public sealed record FieldMatcherRegexOrNames(string Pattern, ImmutableArray<string> Names) : FieldMatcherOptions;

/// <summary>Options of <c>byValue</c>: fields whose reduced value compares true against <see cref="Value"/>.</summary>
public sealed record FieldMatcherValue(Reducer Reducer, ComparisonOperator Operator, double Value) : FieldMatcherOptions;

/// <summary>
/// Selects the fields an override applies to: every field matcher of Grafana's registry that a saved dashboard can hold
/// (<c>byTypes</c> takes a JavaScript Set, which JSON cannot carry, so it only exists in Grafana's code).
/// </summary>
public sealed record FieldMatcher
{
    private FieldMatcher(string id, FieldMatcherOptions options)
    {
        Id = id;
        Options = options;
    }

    /// <summary>Grafana's matcher id (<c>byName</c>, <c>byRegexp</c>, <c>byType</c>, <c>byFrameRefID</c>, <c>byValue</c>...).</summary>
    public string Id { get; }

    /// <summary>The matcher's options, typed: <see cref="FieldMatcherText"/>, <see cref="FieldMatcherNames"/>, <see cref="FieldMatcherRegexOrNames"/> or <see cref="FieldMatcherValue"/>.</summary>
    public FieldMatcherOptions Options { get; }

    /// <summary>The field whose display name is <paramref name="name"/> (for Prometheus, usually the legend).</summary>
    public static FieldMatcher ByName(string name) => Text("byName", NotEmpty(name, nameof(name)));

    /// <summary>Fields whose display name matches <paramref name="pattern"/>.</summary>
    public static FieldMatcher ByRegex(string pattern) => Text("byRegexp", NotEmpty(pattern, nameof(pattern)));

    public static FieldMatcher ByType(FieldType type) =>
        Text("byType", Enum.IsDefined(type) ? Json.GrafanaNames.Of(type) : throw new ArgumentOutOfRangeException(nameof(type)));

    /// <summary>Fields returned by the query with this refId.</summary>
    public static FieldMatcher ByQuery(string refId) => Text("byFrameRefID", NotEmpty(refId, nameof(refId)));

    /// <summary>Every numeric field.</summary>
    public static FieldMatcher Numeric() => Text("numeric", "");

    /// <summary>Every time field.</summary>
    public static FieldMatcher Time() => Text("time", "");

    /// <summary>The first field of each frame.</summary>
    public static FieldMatcher First() => Text("first", "");

    /// <summary>The first time field of each frame.</summary>
    public static FieldMatcher FirstTimeField() => Text("firstTimeField", "");

    /// <summary>Fields whose name or display name is one of <paramref name="names"/>.</summary>
    public static FieldMatcher ByNames(params string[] names) => new("byNames", new FieldMatcherNames(NameArray(names, allowEmpty: false)));

    /// <summary>Every field except those named <paramref name="names"/>.</summary>
    public static FieldMatcher AllExcept(params string[] names) =>
        new("byNames", new FieldMatcherNames(NameArray(names, allowEmpty: false), Exclude: true));

    /// <summary>Fields whose display name matches <paramref name="pattern"/> or is one of <paramref name="names"/>.</summary>
    public static FieldMatcher ByRegexOrNames(string pattern, params string[] names) =>
        new("byRegexpOrNames", new FieldMatcherRegexOrNames(NotEmpty(pattern, nameof(pattern)), NameArray(names, allowEmpty: true)));

    /// <summary>Fields whose values, reduced by <paramref name="reducer"/>, compare to <paramref name="value"/>.</summary>
    public static FieldMatcher ByValue(Reducer reducer, ComparisonOperator op, double value)
    {
        ArgumentNullException.ThrowIfNull(reducer);
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "byValue compares with a finite number.");
        if (!Enum.IsDefined(op)) throw new ArgumentOutOfRangeException(nameof(op));
        return new("byValue", new FieldMatcherValue(reducer, op, value));
    }

    private static FieldMatcher Text(string id, string text) => new(id, new FieldMatcherText(text));

    private static ImmutableArray<string> NameArray(string[] names, bool allowEmpty)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Length == 0 && !allowEmpty) throw new ArgumentException("Give at least one field name.", nameof(names));
        foreach (var name in names) NotEmpty(name, nameof(names));
        return [.. names];
    }

    private static string NotEmpty(string value, string name) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException("A field matcher needs a non-empty value.", name) : value;
}
