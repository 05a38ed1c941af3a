using System.Text.Json;

namespace Dashboards.Benchmarks.Peer;

/// <summary>
/// Checks that the peer (foundation SDK) built the same dashboard as we did: the same panels in the same order (type,
/// title, id), the same targets (expr, refId, legendFormat, format, instant, range), the same variables, and every JSON
/// key path we emit present in the peer's output (array positions folded, except panels' and variables'). The peer may write more keys (its builders
/// emit defaults), never fewer, except <see cref="PeerCannotSet"/>: fields its builders offer no setter for.
/// </summary>
public static class PeerEquivalence
{
    /// <summary>Key paths the foundation SDK's builders cannot set (its DatasourceVariableBuilder has no options or refresh).</summary>
    public static readonly IReadOnlySet<string> PeerCannotSet = new HashSet<string>(StringComparer.Ordinal)
    {
        "templating.list[0].options",
        "templating.list[0].refresh",
    };

    public static IReadOnlyList<string> Compare(byte[] oursJson, byte[] peerJson)
    {
        var differences = new List<string>();
        using var oursDoc = JsonDocument.Parse(oursJson);
        using var peerDoc = JsonDocument.Parse(peerJson);
        var ours = oursDoc.RootElement;
        var peer = peerDoc.RootElement;

        var oursPanels = ours.GetProperty("panels");
        var peerPanels = peer.GetProperty("panels");
        if (oursPanels.GetArrayLength() != peerPanels.GetArrayLength())
            differences.Add($"panels: {oursPanels.GetArrayLength()} ours, {peerPanels.GetArrayLength()} peer");
        var count = Math.Min(oursPanels.GetArrayLength(), peerPanels.GetArrayLength());
        for (var i = 0; i < count; i++)
        {
            var a = oursPanels[i];
            var b = peerPanels[i];
            foreach (var key in new[] { "type", "title", "id" })
                Same($"panels[{i}].{key}", a, b, key, differences);
            var at = a.GetProperty("targets");
            var bt = b.GetProperty("targets");
            if (at.GetArrayLength() != bt.GetArrayLength())
                differences.Add($"panels[{i}].targets: {at.GetArrayLength()} ours, {bt.GetArrayLength()} peer");
            for (var t = 0; t < Math.Min(at.GetArrayLength(), bt.GetArrayLength()); t++)
                foreach (var key in new[] { "expr", "refId", "legendFormat", "format", "instant", "range" })
                    Same($"panels[{i}].targets[{t}].{key}", at[t], bt[t], key, differences);
        }

        var oursVariables = ours.GetProperty("templating").GetProperty("list");
        var peerVariables = peer.GetProperty("templating").GetProperty("list");
        if (oursVariables.GetArrayLength() != peerVariables.GetArrayLength())
            differences.Add($"templating.list: {oursVariables.GetArrayLength()} ours, {peerVariables.GetArrayLength()} peer");
        for (var v = 0; v < Math.Min(oursVariables.GetArrayLength(), peerVariables.GetArrayLength()); v++)
            foreach (var key in new[] { "type", "name", "label", "query", "multi", "includeAll" })
                Same($"templating.list[{v}].{key}", oursVariables[v], peerVariables[v], key, differences);

        var peerPaths = Paths(peer);
        foreach (var path in Paths(ours).Order(StringComparer.Ordinal))
            if (!peerPaths.Contains(path) && !PeerCannotSet.Contains(path))
                differences.Add($"{path}: we emit it, the peer does not");
        return differences;
    }

    private static void Same(string where, JsonElement a, JsonElement b, string key, List<string> differences)
    {
        var hasA = a.TryGetProperty(key, out var va);
        var hasB = b.TryGetProperty(key, out var vb);
        if (hasA != hasB || (hasA && va.GetRawText() != vb.GetRawText()))
            differences.Add($"{where}: {(hasA ? va.GetRawText() : "(absent)")} ours, {(hasB ? vb.GetRawText() : "(absent)")} peer");
    }

    /// <summary>Every key path, with array positions folded to <c>[]</c> except those of panels and variables.</summary>
    private static HashSet<string> Paths(JsonElement root)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        Walk(root, "", paths);
        return paths;
    }

    private static void Walk(JsonElement element, string path, HashSet<string> paths)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var child = path.Length == 0 ? property.Name : path + "." + property.Name;
                    paths.Add(child);
                    Walk(property.Value, child, paths);
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    // Panels and variables match one to one by position: keep the position so every panel's keys are checked.
                    var position = path is "panels" or "templating.list" ? index.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
                    Walk(item, $"{path}[{position}]", paths);
                    index++;
                }
                break;
        }
    }
}
