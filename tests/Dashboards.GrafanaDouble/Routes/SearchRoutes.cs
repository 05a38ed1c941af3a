using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dashboards.GrafanaDouble;

/// <summary><c>GET /api/search</c> with query, tag (all must match), type, dashboardUIDs, folderUIDs, limit and page.</summary>
internal static class SearchRoutes
{
    private const int MaxLimit = 5000;

    public static void Map(IEndpointRouteBuilder app, GrafanaStore store, GrafanaDoubleOptions options)
    {
        app.MapGet("/api/search", (HttpContext context) =>
        {
            var caller = Caller.Of(context);
            var q = context.Request.Query;
            if ((q.ContainsKey("dashboardIds") && (q.ContainsKey("dashboardUIDs") || q.ContainsKey("dashboardUID")))
                || (q.ContainsKey("folderIds") && q.ContainsKey("folderUIDs")))
            {
                return Http.Message(400, "search supports UIDs or IDs, not both");
            }
            var limit = 1000;
            if (q["limit"].FirstOrDefault() is { } limitText && int.TryParse(limitText, CultureInfo.InvariantCulture, out var parsedLimit) && parsedLimit > 0)
            {
                limit = parsedLimit;
            }
            if (limit > MaxLimit)
            {
                return Http.Message(422, "Limit is above maximum allowed (5000), use page parameter to access hits beyond limit");
            }
            var page = int.TryParse(q["page"].FirstOrDefault(), CultureInfo.InvariantCulture, out var p) && p > 0 && !options.IgnoreSearchPaging ? p : 1;
            var query = q["query"].FirstOrDefault();
            var type = q["type"].FirstOrDefault();
            var tags = q["tag"].Where(t => !string.IsNullOrEmpty(t)).Select(t => t!).ToList();
            var dashboardUids = q["dashboardUIDs"].Concat(q["dashboardUID"]).Where(u => !string.IsNullOrEmpty(u)).ToHashSet(StringComparer.Ordinal);
            var folderFilter = q.ContainsKey("folderUIDs")
                ? q["folderUIDs"].Select(u => string.IsNullOrEmpty(u) ? "general" : u!).ToHashSet(StringComparer.Ordinal)
                : null;

            lock (store.Sync)
            {
                var org = store.Org(caller.OrgId);
                var hits = new List<(bool IsFolder, string Title, JsonObject Hit)>();
                if (type is null or "dash-folder" && tags.Count == 0 && dashboardUids.Count == 0)
                {
                    foreach (var folder in org.Folders.Values)
                    {
                        if (!Matches(folder.Title, folder.ParentUid, query, folderFilter)) continue;
                        hits.Add((true, folder.Title, Hit(org, folder.Id, folder.Uid, folder.Title, "dash-folder", [], folder.ParentUid, $"/dashboards/f/{folder.Uid}/{Http.Slug(folder.Title)}")));
                    }
                }
                if (type is null or "dash-db")
                {
                    foreach (var d in org.Dashboards.Values)
                    {
                        if (!Matches(d.Title, d.FolderUid, query, folderFilter)) continue;
                        if (dashboardUids.Count > 0 && !dashboardUids.Contains(d.Uid)) continue;
                        var dashboardTags = d.Tags;
                        if (!tags.All(dashboardTags.Contains)) continue;
                        hits.Add((false, d.Title, Hit(org, d.Id, d.Uid, d.Title, "dash-db", dashboardTags, d.FolderUid, $"/d/{d.Uid}/{Http.Slug(d.Title)}")));
                    }
                }
                var ordered = hits
                    .OrderByDescending(h => h.IsFolder)
                    .ThenBy(h => h.Title, StringComparer.OrdinalIgnoreCase)
                    .Skip((page - 1) * limit).Take(limit)
                    .Select(h => (JsonNode)h.Hit);
                return Http.Ok(new JsonArray(ordered.ToArray()));
            }
        });
    }

    private static bool Matches(string title, string? folderUid, string? query, HashSet<string>? folderFilter) =>
        (string.IsNullOrEmpty(query) || title.Contains(query, StringComparison.OrdinalIgnoreCase))
        && (folderFilter is null || folderFilter.Contains(folderUid ?? "general"));

    private static JsonObject Hit(OrgState org, long id, string uid, string title, string type, IReadOnlyList<string> tags, string? folderUid, string url)
    {
        var slug = Http.Slug(title);
        var hit = new JsonObject
        {
            ["id"] = id,
            ["uid"] = uid,
            ["orgId"] = org.Id,
            ["title"] = title,
            ["uri"] = "db/" + slug,
            ["url"] = url,
            ["slug"] = slug,
            ["type"] = type,
            ["tags"] = new JsonArray(tags.Select(t => (JsonNode)JsonValue.Create(t)).ToArray()),
            ["isStarred"] = false,
            ["sortMeta"] = 0,
            ["isDeleted"] = false,
        };
        if (folderUid is not null && org.Folders.TryGetValue(folderUid, out var folder))
        {
            hit["folderId"] = folder.Id;
            hit["folderUid"] = folder.Uid;
            hit["folderTitle"] = folder.Title;
            hit["folderUrl"] = $"/dashboards/f/{folder.Uid}/{Http.Slug(folder.Title)}";
        }
        return hit;
    }
}
