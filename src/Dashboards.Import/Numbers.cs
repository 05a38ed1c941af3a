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
        // Hand-edited dashboards sometimes quote numbers ("h": "8"); Grafana's JavaScript takes them as numbers.
        JsonValue v when v.TryGetValue(out string? s) && double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) => d,
        _ => null,
    };
}
