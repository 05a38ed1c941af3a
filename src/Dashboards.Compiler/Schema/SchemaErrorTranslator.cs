using System.Globalization;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Dashboards.Model.Schema;

/// <summary>Turns NJsonSchema's error tree into flat, readable <see cref="SchemaError"/>s with <c>$.a.b[3]</c> paths.</summary>
internal sealed class SchemaErrorTranslator(string dashboard)
{
    private readonly List<SchemaError> sink = [];

    /// <summary>Extension keyword in our schema: a short human explanation appended to errors at that node.</summary>
    internal const string HintKeyword = "x-hint";
    private const int MaxEnumValuesShown = 16;

    /// <summary>Adds NJsonSchema errors; their paths are rooted at the document even when a nested token was validated.</summary>
    public void Add(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            Translate(error);
        }
    }

    /// <summary>Deduplicated errors ordered by path (array indexes compared as numbers).</summary>
    public IReadOnlyList<SchemaError> Finish() =>
        sink.Distinct()
            .OrderBy(e => e.Path, NaturalPathComparer.Instance)
            .ThenBy(e => e.Message, StringComparer.Ordinal)
            .ToList();

    private void Translate(ValidationError error)
    {
        if (error is ChildSchemaValidationError child)
        {
            switch (error.Kind)
            {
                case ValidationErrorKind.NotOneOf:
                case ValidationErrorKind.NotAnyOf:
                    TranslateAlternatives(child);
                    return;
                default:
                    // allOf, array items, tuple items, additional properties: every nested error stands on its own.
                    foreach (var nested in child.Errors.Values.SelectMany(e => e))
                    {
                        Translate(nested);
                    }

                    if (child.Errors.Values.All(e => e.Count == 0))
                    {
                        Emit(error, Humanize(error.Kind));
                    }

                    return;
            }
        }

        if (error.Kind == ValidationErrorKind.PropertyRequired && error.Token is not null and not JObject)
        {
            return; // the value is not even an object: its type error says so, a list of missing properties is noise
        }

        Emit(error, Describe(error));
    }

    /// <summary>
    /// A failed oneOf/anyOf. When the branches are told apart by a "type" enum (panels, value mappings),
    /// only the branch the value's "type" names is relevant; otherwise report the closest branch.
    /// </summary>
    private void TranslateAlternatives(ChildSchemaValidationError error)
    {
        var branches = error.Errors.Select(kv => (Schema: kv.Key.ActualSchema, Errors: kv.Value)).ToList();
        var matching = branches.Count(b => b.Errors.Count == 0);
        if (matching > 1)
        {
            Emit(error, $"matches {matching} of the allowed shapes, but must match exactly one");
            return;
        }

        var discriminated = branches.Where(b => DiscriminatorValues(b.Schema).Count > 0).ToList();
        if (discriminated.Count > 0 && error.Token is JObject obj)
        {
            var type = obj["type"] is JValue { Type: JTokenType.String } v ? (string?)v : null;
            var chosen = discriminated.FirstOrDefault(b => type is not null && DiscriminatorValues(b.Schema).Contains(type));
            if (chosen.Schema is not null)
            {
                Add(chosen.Errors);
                return;
            }

            // Same wording as an enum error on "type", so a duplicate from the common schema collapses into one.
            var allowed = discriminated.SelectMany(b => DiscriminatorValues(b.Schema)).ToList();
            var path = ToJsonPath(error.Path) + ".type";
            sink.Add(new SchemaError(dashboard, path, obj["type"] is null
                ? "required property 'type' is missing"
                : $"value {Describe(obj["type"])} is not one of: {ListValues(allowed)}"));
            return;
        }

        var closest = branches.OrderBy(b => b.Errors.Count).FirstOrDefault();
        if (closest.Schema is null)
        {
            Emit(error, Humanize(error.Kind));
            return;
        }

        Add(closest.Errors);
    }

    private static IReadOnlyList<string> DiscriminatorValues(JsonSchema branch) =>
        branch.Properties.TryGetValue("type", out var type)
            ? type.ActualSchema.Enumeration.OfType<string>().ToList()
            : [];

    private void Emit(ValidationError error, string message)
    {
        var hint = Hint(error);
        sink.Add(new SchemaError(dashboard, ToJsonPath(error.Path), hint is null ? message : $"{message} ({hint})"));
    }

    private static string? Hint(ValidationError error)
    {
        var hint = HintOf(error.Schema);
        if (hint is null && error.Kind == ValidationErrorKind.ExcludedSchemaValidates)
        {
            hint = HintOf(error.Schema?.Parent as JsonSchema); // "not" errors point at the negated schema
        }

        return hint;
    }

    private static string? HintOf(JsonSchema? schema) =>
        schema?.ExtensionData is { } data && data.TryGetValue(HintKeyword, out var hint) ? hint as string : null;

    private static string Describe(ValidationError error)
    {
        var schema = error.Schema;
        var value = error.Token;
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => $"required property '{error.Property}' is missing",
            ValidationErrorKind.StringExpected => $"expected a string, got {DescribeTyped(value)}",
            ValidationErrorKind.NumberExpected => $"expected a number, got {DescribeTyped(value)}",
            ValidationErrorKind.IntegerExpected => $"expected an integer, got {DescribeTyped(value)}",
            ValidationErrorKind.BooleanExpected => $"expected a boolean, got {DescribeTyped(value)}",
            ValidationErrorKind.ObjectExpected => $"expected an object, got {DescribeTyped(value)}",
            ValidationErrorKind.ArrayExpected => $"expected an array, got {DescribeTyped(value)}",
            ValidationErrorKind.NullExpected => $"expected null, got {DescribeTyped(value)}",
            ValidationErrorKind.NoTypeValidates => $"expected {TypeNames(schema)}, got {DescribeTyped(value)}",
            ValidationErrorKind.NotInEnumeration => $"value {Describe(value)} is not one of: {ListValues(schema?.Enumeration ?? [])}",
            ValidationErrorKind.PatternMismatch => $"value {Describe(value)} does not match the pattern {schema?.Pattern}",
            ValidationErrorKind.StringTooShort when schema?.MinLength == 1 => "must not be empty",
            ValidationErrorKind.StringTooShort => $"value {Describe(value)} is shorter than {schema?.MinLength} characters",
            ValidationErrorKind.StringTooLong => $"value {Describe(value)} is longer than {schema?.MaxLength} characters",
            ValidationErrorKind.NumberTooSmall => schema?.IsExclusiveMinimum == true || schema?.ExclusiveMinimum is not null
                ? $"value {Describe(value)} must be greater than {Number(schema.ExclusiveMinimum ?? schema.Minimum)}"
                : $"value {Describe(value)} is less than minimum {Number(schema?.Minimum)}",
            ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig => schema?.IsExclusiveMaximum == true || schema?.ExclusiveMaximum is not null
                ? $"value {Describe(value)} must be less than {Number(schema.ExclusiveMaximum ?? schema.Maximum)}"
                : $"value {Describe(value)} is greater than maximum {Number(schema?.Maximum)}",
            ValidationErrorKind.TooFewItems => $"has {Count(value)} item(s), needs at least {schema?.MinItems}",
            ValidationErrorKind.TooManyItems => $"has {Count(value)} item(s), allows at most {schema?.MaxItems}",
            ValidationErrorKind.ItemsNotUnique => "items must be unique",
            ValidationErrorKind.ExcludedSchemaValidates => $"value {Describe(value)} is not allowed here",
            ValidationErrorKind.NumberNotMultipleOf or ValidationErrorKind.IntegerNotMultipleOf =>
                $"value {Describe(value)} is not a multiple of {Number(schema?.MultipleOf)}",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => $"property '{error.Property}' is not allowed",
            ValidationErrorKind.TooManyProperties => $"has more than {schema?.MaxProperties} properties",
            ValidationErrorKind.TooFewProperties => $"has fewer than {schema?.MinProperties} properties",
            _ => Humanize(error.Kind),
        };
    }

    /// <summary>A value as it appears in a message: strings quoted and shortened, containers by kind.</summary>
    internal static string Describe(JToken? token) => token switch
    {
        null => "nothing",
        { Type: JTokenType.Null } => "null",
        { Type: JTokenType.String } => Quote((string)token!),
        { Type: JTokenType.Object } => "an object",
        { Type: JTokenType.Array } => "an array",
        { Type: JTokenType.Boolean } => (bool)token ? "true" : "false",
        JValue { Value: IFormattable number } => number.ToString(null, CultureInfo.InvariantCulture),
        _ => token.ToString(),
    };

    /// <summary>A value with its JSON type, for type mismatches: <c>string '2'</c>, <c>number 2.5</c>.</summary>
    internal static string DescribeTyped(JToken? token) => token?.Type switch
    {
        JTokenType.String => "string " + Describe(token),
        JTokenType.Integer or JTokenType.Float => "number " + Describe(token),
        JTokenType.Boolean => "boolean " + Describe(token),
        _ => Describe(token),
    };

    private static string Quote(string text) => text.Length > 60 ? $"'{text[..57]}...'" : $"'{text}'";

    private static string ListValues(IEnumerable<object?> values)
    {
        var shown = values.Select(v => v switch
        {
            null => "null",
            string s => s.Length == 0 ? "''" : s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString() ?? "",
        }).ToList();
        return shown.Count <= MaxEnumValuesShown
            ? string.Join(", ", shown)
            : $"{string.Join(", ", shown.Take(MaxEnumValuesShown))}, ... ({shown.Count - MaxEnumValuesShown} more)";
    }

    private static string TypeNames(JsonSchema? schema)
    {
        if (schema is null)
        {
            return "another type";
        }

        var names = Enum.GetValues<JsonObjectType>()
            .Where(t => t != JsonObjectType.None && schema.Type.HasFlag(t))
            .Select(t => t.ToString().ToLowerInvariant())
            .ToList();
        return names.Count == 0 ? "another type" : string.Join(" or ", names);
    }

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static int Count(JToken? token) => token is JArray array ? array.Count : 0;

    private static string Humanize(ValidationErrorKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>NJsonSchema's "#/panels[3].gridPos.w" (built from Newtonsoft's JToken.Path) as "$.panels[3].gridPos.w".</summary>
    internal static string ToJsonPath(string? path)
    {
        var rest = path is null ? "" : path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path.TrimStart('#');
        return rest.Length == 0 ? "$" : rest[0] == '[' ? "$" + rest : "$." + rest;
    }
}
