using System.Text.Json.Nodes;
using Dashboards.Model;
using Dashboards.Model.Json;

namespace Dashboards.Import;

/// <summary>
/// Dashboard links and panel links as typed code, each checked by emitting it and comparing with the input; a link
/// that would come out different is not written typed (the caller keeps the list raw).
/// </summary>
internal static class LinksCode
{
    private static readonly Lazy<Dictionary<string, LinkIcon>> Icons = new(() =>
        Enum.GetValues<LinkIcon>().ToDictionary(i => Emit(new Dashboard("p", "p").AddLink(DashboardLink.ToUrl("t", "u") with { Icon = i })).Get("links").At(0).Get("icon")?.ToString() ?? i.ToString(), i => i));

    /// <summary><c>.AddLink(...)</c> arguments for each dashboard link, or null when one has no typed form.</summary>
    public static List<string>? DashboardLinks(JsonArray links)
    {
        var codes = new List<string>();
        foreach (var node in links)
        {
            if (node is not JsonObject l) return null;
            var title = Text(l["title"]) ?? "";
            string start;
            DashboardLink link;
            try
            {
                if (Text(l["type"]) == "dashboards")
                {
                    var tags = (l["tags"] as JsonArray ?? []).Select(t => Text(t)).ToList();
                    if (tags.Any(t => t is null)) return null;
                    start = $"DashboardLink.ToDashboards({string.Join(", ", tags.Prepend(title).Select(t => CSharp.Str(t!)))})";
                    link = DashboardLink.ToDashboards(title, [.. tags!]);
                }
                else if (Text(l["url"]) is { } url)
                {
                    start = $"DashboardLink.ToUrl({CSharp.Str(title)}, {CSharp.Str(url)})";
                    link = DashboardLink.ToUrl(title, url);
                }
                else return null;
            }
            catch (ArgumentException) { return null; }
            var target = link with
            {
                Icon = Text(l["icon"]) is { } icon ? Icons.Value.TryGetValue(icon, out var i) ? i : (LinkIcon)(-1) : link.Icon,
                Tooltip = Text(l["tooltip"]) ?? "",
                AsDropdown = Flag(l["asDropdown"]),
                TargetBlank = Flag(l["targetBlank"]),
                IncludeVars = Flag(l["includeVars"]),
                KeepTime = Flag(l["keepTime"]),
            };
            if (!Enum.IsDefined(target.Icon)) return null;
            var (calls, reached) = FluentCalls.Search(link, target, []);
            if (ModelValues.WithCode(start + string.Concat(calls), reached, target) is not { } code) return null;
            var emitted = Trim(Emit(new Dashboard("p", "p").AddLink(target)).Get("links").At(0));
            // No icon stored: the model writes its own default, which is not compared.
            if (l["icon"] is null) emitted?.Remove("icon");
            if (!FieldConfigCode.JsonSame(emitted, Trim(l))) return null;
            codes.Add(code);
        }
        return codes;
    }

    /// <summary><c>.AddLink(...)</c> arguments for each panel link, or null when one has no typed form.</summary>
    public static List<string>? PanelLinks(JsonArray links)
    {
        var codes = new List<string>();
        foreach (var node in links)
        {
            if (node is not JsonObject l || Text(l["url"]) is not { } url) return null;
            var link = new PanelLink(Text(l["title"]) ?? "", url) { TargetBlank = Flag(l["targetBlank"]) };
            var emitted = Emit(new Dashboard("p", "p").AddPanel(new TextPanel("p", "").AddLink(link))).Get("panels").At(0).Get("links").At(0);
            if (!FieldConfigCode.JsonSame(Trim(emitted), Trim(l))) return null;
            codes.Add($"new PanelLink({CSharp.Str(link.Title)}, {CSharp.Str(url)}){(link.TargetBlank ? " { TargetBlank = true }" : "")}");
        }
        return codes;
    }

    private static string? Text(JsonNode? n) => n is JsonValue v && v.TryGetValue(out string? s) ? s : null;
    private static bool Flag(JsonNode? n) => n is JsonValue v && v.TryGetValue(out bool b) && b;

    // Keys at Grafana's unset values (false, "", [], null) compare as absent.
    private static JsonObject? Trim(JsonNode? node)
    {
        if (node is not JsonObject o) return null;
        var copy = new JsonObject();
        foreach (var (k, v) in o)
        {
            if (v is null || v is JsonArray { Count: 0 } || (v is JsonValue b && b.TryGetValue(out bool f) && !f) || (v is JsonValue s && s.TryGetValue(out string? t) && t.Length == 0)) continue;
            copy[k] = v.DeepClone();
        }
        return copy;
    }

    private static JsonNode? Emit(Dashboard d)
    {
        try { return JsonNode.Parse(DashboardJson.Serialize(d)); }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException) { return null; }
    }
}
