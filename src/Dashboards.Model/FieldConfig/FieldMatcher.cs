namespace Dashboards.Model;

/// <summary>Field types a <see cref="FieldMatcher.ByType"/> override can select.</summary>
public enum FieldType { Number, String, Time, Boolean }

/// <summary>Selects the fields an override applies to.</summary>
public sealed record FieldMatcher
{
    private FieldMatcher(string id, string options)
    {
        Id = id;
        Options = options;
    }

    /// <summary>Grafana's matcher id (<c>byName</c>, <c>byRegexp</c>, <c>byType</c>, <c>byFrameRefID</c>).</summary>
    public string Id { get; }
    public string Options { get; }

    /// <summary>The field whose display name is <paramref name="name"/> (for Prometheus, usually the legend).</summary>
    public static FieldMatcher ByName(string name) => new("byName", NotEmpty(name, nameof(name)));

    /// <summary>Fields whose display name matches <paramref name="pattern"/>.</summary>
    public static FieldMatcher ByRegex(string pattern) => new("byRegexp", NotEmpty(pattern, nameof(pattern)));

    public static FieldMatcher ByType(FieldType type) => new("byType", type switch
    {
        FieldType.Number => "number",
        FieldType.String => "string",
        FieldType.Time => "time",
        FieldType.Boolean => "boolean",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    });

    /// <summary>Fields returned by the query with this refId.</summary>
    public static FieldMatcher ByQuery(string refId) => new("byFrameRefID", NotEmpty(refId, nameof(refId)));

    private static string NotEmpty(string value, string name) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException("A field matcher needs a non-empty value.", name) : value;
}
