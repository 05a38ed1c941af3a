using System.Text.Json.Nodes;

namespace Dashboards.Model.Tests.Schema;

/// <summary>Applies one edit to a fixture: set or remove the node at a path like <c>panels[1].gridPos.w</c>.</summary>
internal static class JsonEdit
{
    /// <param name="json">The fixture.</param>
    /// <param name="path">Dotted path with [n] indexes, relative to the root.</param>
    /// <param name="newValueJson">JSON text of the new value, or null to remove the node.</param>
    public static string Apply(string json, string path, string? newValueJson)
    {
        var root = JsonNode.Parse(json) ?? throw new ArgumentException("fixture is null", nameof(json));
        var steps = Parse(path);
        JsonNode parent = root;
        foreach (var step in steps[..^1])
        {
            parent = (step is int index ? parent[index] : parent[(string)step])
                ?? throw new ArgumentException($"'{path}' does not exist in the fixture", nameof(path));
        }

        var last = steps[^1];
        var value = newValueJson is null ? null : JsonNode.Parse(newValueJson);
        switch (last, parent)
        {
            case (string name, JsonObject obj) when newValueJson is null:
                if (!obj.Remove(name)) throw new ArgumentException($"'{path}' does not exist in the fixture", nameof(path));
                break;
            case (string name, JsonObject obj):
                obj[name] = value;
                break;
            case (int index, JsonArray array) when newValueJson is null:
                array.RemoveAt(index);
                break;
            case (int index, JsonArray array) when index == array.Count:
                array.Add(value);
                break;
            case (int index, JsonArray array):
                array[index] = value;
                break;
            default:
                throw new ArgumentException($"'{path}' does not match the fixture's shape", nameof(path));
        }

        return root.ToJsonString();
    }

    private static object[] Parse(string path)
    {
        var steps = new List<object>();
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[');
            steps.Add(bracket < 0 ? part : part[..bracket]);
            for (var rest = bracket < 0 ? "" : part[bracket..]; rest.Length > 0; rest = rest[(rest.IndexOf(']') + 1)..])
            {
                steps.Add(int.Parse(rest[1..rest.IndexOf(']')], System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return steps.Where(s => s is not "").ToArray();
    }
}
