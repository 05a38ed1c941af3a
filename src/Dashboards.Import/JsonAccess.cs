using System.Text.Json.Nodes;

namespace Dashboards.Import;

/// <summary>
/// Reading paths through input JSON that may have any shape: a key of something that is not an object, or an index
/// of something that is not an array, is simply absent (JsonNode's own indexers throw on the wrong kind of node).
/// </summary>
internal static class JsonAccess
{
    public static JsonNode? Get(this JsonNode? node, string key) => node is JsonObject o ? o[key] : null;

    public static JsonNode? At(this JsonNode? node, int index) => node is JsonArray a && index >= 0 && index < a.Count ? a[index] : null;
}
