using System.Text.Json.Nodes;

namespace Dashboards.Import;

internal static class Numbers
{
    /// <summary>A JSON number as double, whether the node was parsed or built from an int, long or double.</summary>
    public static double? Of(JsonNode? n) => n switch
    {
        JsonValue v when v.TryGetValue(out double d) => d,
        JsonValue v when v.TryGetValue(out int i) => i,
        JsonValue v when v.TryGetValue(out long l) => l,
        JsonValue v when v.TryGetValue(out float f) => f,
        JsonValue v when v.TryGetValue(out decimal m) => (double)m,
        _ => null,
    };
}
