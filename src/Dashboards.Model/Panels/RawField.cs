using System.Text.Json.Nodes;

namespace Dashboards.Model;

/// <summary>
/// Escape hatch for a Grafana field the model does not cover: a dot-separated path relative to the panel or dashboard
/// JSON object (e.g. <c>options.someNewFlag</c>) and the JSON value set there after everything else is emitted.
/// </summary>
public sealed record RawField
{
    internal RawField(string path, JsonNode? value)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException("A raw field needs a path.", nameof(path));
        var segments = path.Split('.');
        if (Array.Exists(segments, s => s.Length == 0))
            throw new ArgumentException($"Raw field path '{path}' has an empty segment.", nameof(path));
        Path = path;
        Segments = [.. segments];
        Value = value?.DeepClone();
    }

    public string Path { get; }
    internal ImmutableArray<string> Segments { get; }

    /// <summary>A private copy of the value; copied again when emitted, so the model stays immutable.</summary>
    internal JsonNode? Value { get; }

    /// <summary>A copy of the value, for tools that read dashboards (the model keeps its own).</summary>
    public JsonNode? GetValue() => Value?.DeepClone();
}
