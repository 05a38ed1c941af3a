using System.Text.Json.Nodes;

namespace Dashboards.Model;

/// <summary>Field types a <see cref="FieldMatcher.ByType"/> override can select.</summary>
public enum FieldType { Number, String, Time, Boolean }

/// <summary>How <see cref="FieldMatcher.ByValue"/> compares a field's reduced value (Grafana's ComparisonOperation).</summary>
public enum ComparisonOperator { Equal, NotEqual, Greater, GreaterOrEqual, Lower, LowerOrEqual }

/// <summary>
/// Selects the fields an override applies to: every field matcher of Grafana's registry that a saved dashboard can hold
/// (<c>byTypes</c> takes a JavaScript Set, which JSON cannot carry, so it only exists in Grafana's code).
/// </summary>
public sealed record FieldMatcher
{
    private FieldMatcher(string id, string options, bool optionsAreJson = false)
    {
        Id = id;
        Options = options;
        OptionsAreJson = optionsAreJson;
    }

    /// <summary>Grafana's matcher id (<c>byName</c>, <c>byRegexp</c>, <c>byType</c>, <c>byFrameRefID</c>, <c>byValue</c>...).</summary>
    public string Id { get; }

    /// <summary>The matcher's options: a string, or JSON text when <see cref="OptionsAreJson"/>.</summary>
    public string Options { get; }

    /// <summary>True when <see cref="Options"/> is a JSON object (byNames, byRegexpOrNames, byValue).</summary>
    public bool OptionsAreJson { get; }

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

    /// <summary>Every numeric field.</summary>
    public static FieldMatcher Numeric() => new("numeric", "");

    /// <summary>Every time field.</summary>
    public static FieldMatcher Time() => new("time", "");

    /// <summary>The first field of each frame.</summary>
    public static FieldMatcher First() => new("first", "");

    /// <summary>The first time field of each frame.</summary>
    public static FieldMatcher FirstTimeField() => new("firstTimeField", "");

    /// <summary>Fields whose name or display name is one of <paramref name="names"/>.</summary>
    public static FieldMatcher ByNames(params string[] names) => Names("include", names);

    /// <summary>Every field except those named <paramref name="names"/>.</summary>
    public static FieldMatcher AllExcept(params string[] names) => Names("exclude", names);

    /// <summary>Fields whose display name matches <paramref name="pattern"/> or is one of <paramref name="names"/>.</summary>
    public static FieldMatcher ByRegexOrNames(string pattern, params string[] names)
    {
        var options = new JsonObject { ["pattern"] = NotEmpty(pattern, nameof(pattern)), ["names"] = NameArray(names, allowEmpty: true) };
        return new("byRegexpOrNames", options.ToJsonString(), optionsAreJson: true);
    }

    /// <summary>Fields whose values, reduced by <paramref name="reducer"/>, compare to <paramref name="value"/>.</summary>
    public static FieldMatcher ByValue(Reducer reducer, ComparisonOperator op, double value)
    {
        ArgumentNullException.ThrowIfNull(reducer);
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "byValue compares with a finite number.");
        var options = new JsonObject
        {
            ["reducer"] = reducer.Id,
            ["op"] = op switch
            {
                ComparisonOperator.Equal => "eq", ComparisonOperator.NotEqual => "neq", ComparisonOperator.Greater => "gt",
                ComparisonOperator.GreaterOrEqual => "gte", ComparisonOperator.Lower => "lt", ComparisonOperator.LowerOrEqual => "lte",
                _ => throw new ArgumentOutOfRangeException(nameof(op)),
            },
            ["value"] = value,
        };
        return new("byValue", options.ToJsonString(), optionsAreJson: true);
    }

    private static FieldMatcher Names(string mode, string[] names)
    {
        var options = new JsonObject { ["mode"] = mode, ["names"] = NameArray(names, allowEmpty: false) };
        return new("byNames", options.ToJsonString(), optionsAreJson: true);
    }

    private static JsonArray NameArray(string[] names, bool allowEmpty)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Length == 0 && !allowEmpty) throw new ArgumentException("Give at least one field name.", nameof(names));
        var array = new JsonArray();
        foreach (var name in names) array.Add(NotEmpty(name, nameof(names)));
        return array;
    }

    private static string NotEmpty(string value, string name) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException("A field matcher needs a non-empty value.", name) : value;
}
