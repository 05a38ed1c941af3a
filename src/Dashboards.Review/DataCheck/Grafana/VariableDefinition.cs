using System.Text.Json.Nodes;

namespace Dashboards.Review.DataCheck.Grafana;

/// <summary>One entry of <c>templating.list</c>, as far as query interpolation needs it.</summary>
public sealed record VariableDefinition(
    string Name,
    string Type,
    string? Query,
    string? DatasourceType,
    bool Multi,
    bool IncludeAll,
    string? AllValue,
    string? Regex,
    int Sort,
    IReadOnlyList<string> CurrentValues,
    IReadOnlyList<string> StaticOptions)
{
    public static VariableDefinition Read(JsonObject variable)
    {
        var query = variable["query"] switch
        {
            null => null,
            JsonValue value => value.ToString(),
            // Structured Prometheus variable query: {query, refId, qryType} (or {label, metric} from the builder).
            JsonObject structured => structured["query"]?.GetValue<string>() is { Length: > 0 } text ? text
                : structured["label"]?.GetValue<string>() is { Length: > 0 } label
                    ? structured["metric"]?.GetValue<string>() is { Length: > 0 } metric ? $"label_values({metric}, {label})" : $"label_values({label})"
                    : null,
            _ => variable["query"]!.ToJsonString(),
        };
        var datasource = variable["datasource"] switch
        {
            JsonObject ds => ds["type"]?.GetValue<string>(),
            JsonValue ds => ds.ToString(),
            _ => null,
        };
        var current = variable["current"]?["value"] switch
        {
            JsonArray values => values.Select(v => v?.ToString() ?? "").ToList(),
            JsonValue value => [value.ToString()],
            _ => new List<string>(),
        };
        var options = (variable["options"]?.AsArray() ?? [])
            .Select(o => o?["value"]?.ToString())
            .OfType<string>()
            .Where(v => v != "$__all")
            .ToList();
        return new VariableDefinition(
            variable["name"]?.GetValue<string>() ?? "",
            variable["type"]?.GetValue<string>() ?? "query",
            query,
            datasource,
            variable["multi"]?.GetValue<bool>() ?? false,
            variable["includeAll"]?.GetValue<bool>() ?? false,
            variable["allValue"]?.GetValue<string>() is { Length: > 0 } all ? all : null,
            variable["regex"]?.GetValue<string>() is { Length: > 0 } regex ? regex : null,
            variable["sort"]?.GetValue<int>() ?? 0,
            current,
            options);
    }
}
