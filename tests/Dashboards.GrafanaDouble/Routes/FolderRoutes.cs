using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dashboards.GrafanaDouble;

/// <summary><c>/api/folders</c>: list children, get, create (nested via parentUid), rename, delete.</summary>
internal static class FolderRoutes
{
    public static void Map(IEndpointRouteBuilder app, GrafanaStore store, GrafanaDoubleOptions options)
    {
        app.MapGet("/api/folders", (HttpContext context) =>
        {
            var caller = Caller.Of(context);
            var parent = context.Request.Query["parentUid"].FirstOrDefault();
            var limit = int.TryParse(context.Request.Query["limit"].FirstOrDefault(), CultureInfo.InvariantCulture, out var l) && l > 0 ? l : 1000;
            var page = int.TryParse(context.Request.Query["page"].FirstOrDefault(), CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
            lock (store.Sync)
            {
                var children = store.Org(caller.OrgId).Folders.Values
                    .Where(f => string.IsNullOrEmpty(parent) ? f.ParentUid is null : f.ParentUid == parent)
                    .OrderBy(f => f.Title, StringComparer.OrdinalIgnoreCase)
                    .Skip((page - 1) * limit).Take(limit)
                    .Select(f =>
                    {
                        var hit = new JsonObject { ["id"] = f.Id, ["uid"] = f.Uid, ["title"] = f.Title };
                        if (f.ParentUid is not null) hit["parentUid"] = f.ParentUid;
                        return (JsonNode)hit;
                    });
                return Http.Ok(new JsonArray(children.ToArray()));
            }
        });

        app.MapGet("/api/folders/{uid}", (HttpContext context, string uid) =>
        {
            var caller = Caller.Of(context);
            lock (store.Sync)
            {
                var org = store.Org(caller.OrgId);
                return org.Folders.TryGetValue(uid, out var folder)
                    ? Http.Ok(Dto(org, folder, caller))
                    : Http.Status(404, "not-found", "folder not found");
            }
        });

        app.MapPost("/api/folders", async (HttpContext context) =>
        {
            var caller = Caller.Of(context);
            if (!caller.CanWrite)
            {
                return Http.AccessDenied("folders:create");
            }
            var body = await Http.ReadObjectAsync(context).ConfigureAwait(false);
            if (body is null)
            {
                return Http.Message(400, "bad request data");
            }
            var title = (body["title"] as JsonValue)?.TryGetValue<string>(out var t) == true ? t.Trim() : "";
            var uid = (body["uid"] as JsonValue)?.TryGetValue<string>(out var u) == true ? u : "";
            var parentUid = (body["parentUid"] as JsonValue)?.TryGetValue<string>(out var pu) == true && pu.Length > 0 ? pu : null;
            if (title.Length == 0)
            {
                return Http.Message(400, "folder title cannot be empty");
            }
            if (DashboardRoutes.UidError(uid) is { } uidError)
            {
                return Http.Message(400, uidError);
            }
            lock (store.Sync)
            {
                var org = store.Org(caller.OrgId);
                if (uid.Length == 0)
                {
                    uid = Guid.NewGuid().ToString("N")[..14];
                }
                if (org.Folders.ContainsKey(uid) || org.Dashboards.ContainsKey(uid))
                {
                    return Http.Message(409, "a folder/dashboard with the same uid already exists");
                }
                if (parentUid is not null)
                {
                    if (!org.Folders.ContainsKey(parentUid))
                    {
                        return Http.Status(404, "not-found", "folder not found");
                    }
                    if (org.Depth(parentUid) + 1 > options.MaxNestedFolderDepth)
                    {
                        return Http.Json(400, new JsonObject
                        {
                            ["statusCode"] = 400, ["messageId"] = "folder.maximum-depth-reached", ["message"] = "Maximum nested folder depth reached",
                        });
                    }
                }
                var folder = new StoredFolder
                {
                    Id = store.NextId(), Uid = uid, Title = title, ParentUid = parentUid,
                    Created = store.Clock.GetUtcNow(), CreatedBy = caller.Principal.Login,
                };
                org.Folders[uid] = folder;
                return Http.Ok(Dto(org, folder, caller));
            }
        });

        app.MapPut("/api/folders/{uid}", async (HttpContext context, string uid) =>
        {
            var caller = Caller.Of(context);
            if (!caller.CanWrite)
            {
                return Http.AccessDenied("folders:write");
            }
            var body = await Http.ReadObjectAsync(context).ConfigureAwait(false);
            if (body is null)
            {
                return Http.Message(400, "bad request data");
            }
            var title = (body["title"] as JsonValue)?.TryGetValue<string>(out var t) == true ? t.Trim() : "";
            var overwrite = body["overwrite"] is JsonValue o && o.GetValueKind() == JsonValueKind.True;
            var version = body["version"] is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? (int)v.GetValue<double>() : 0;
            if (title.Length == 0)
            {
                return Http.Message(400, "folder title cannot be empty");
            }
            lock (store.Sync)
            {
                var org = store.Org(caller.OrgId);
                if (!org.Folders.TryGetValue(uid, out var folder))
                {
                    return Http.Status(404, "not-found", "folder not found");
                }
                if (!overwrite && version != folder.Version)
                {
                    return Http.Status(412, "version-mismatch", "the folder has been changed by someone else");
                }
                folder.Title = title;
                folder.Version++;
                return Http.Ok(Dto(org, folder, caller));
            }
        });

        app.MapDelete("/api/folders/{uid}", (HttpContext context, string uid) =>
        {
            var caller = Caller.Of(context);
            if (!caller.CanWrite)
            {
                return Http.AccessDenied("folders:delete");
            }
            lock (store.Sync)
            {
                var org = store.Org(caller.OrgId);
                if (!org.Folders.ContainsKey(uid))
                {
                    return Http.Status(404, "not-found", "folder not found");
                }
                var doomed = new HashSet<string>(StringComparer.Ordinal) { uid };
                for (var grew = true; grew;)
                {
                    var children = org.Folders.Values.Where(f => f.ParentUid is not null && doomed.Contains(f.ParentUid) && !doomed.Contains(f.Uid)).ToList();
                    grew = children.Count > 0;
                    doomed.UnionWith(children.Select(c => c.Uid));
                }
                foreach (var dashboard in org.Dashboards.Values.Where(d => d.FolderUid is not null && doomed.Contains(d.FolderUid)).ToList())
                {
                    org.Dashboards.Remove(dashboard.Uid);
                }
                foreach (var folder in doomed)
                {
                    org.Folders.Remove(folder);
                }
                return Http.Ok(new JsonObject { ["message"] = "Folder deleted" });
            }
        });
    }

    private static JsonObject Dto(OrgState org, StoredFolder folder, Caller caller)
    {
        var parents = new JsonArray();
        for (var parent = folder.ParentUid; parent is not null && org.Folders.TryGetValue(parent, out var p); parent = p.ParentUid)
        {
            parents.Insert(0, new JsonObject { ["uid"] = p.Uid, ["title"] = p.Title });
        }
        var dto = new JsonObject
        {
            ["id"] = folder.Id,
            ["uid"] = folder.Uid,
            ["title"] = folder.Title,
            ["url"] = $"/dashboards/f/{folder.Uid}/{Http.Slug(folder.Title)}",
            ["hasAcl"] = false,
            ["canSave"] = caller.CanWrite,
            ["canEdit"] = caller.CanWrite,
            ["canAdmin"] = caller.Role == GrafanaRole.Admin,
            ["canDelete"] = caller.CanWrite,
            ["canCreate"] = caller.CanWrite,
            ["createdBy"] = folder.CreatedBy,
            ["created"] = Http.Time(folder.Created),
            ["updatedBy"] = folder.CreatedBy,
            ["updated"] = Http.Time(folder.Created),
            ["version"] = folder.Version,
        };
        if (folder.ParentUid is not null)
        {
            dto["parentUid"] = folder.ParentUid;
            dto["parents"] = parents;
        }
        return dto;
    }
}
