using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dashboards.GrafanaDouble;

/// <summary><c>/api/dashboards/...</c>: save, read by uid, delete; checks in the order of the reference facts §2.2.</summary>
internal static partial class DashboardRoutes
{
    [GeneratedRegex("^[a-zA-Z0-9\\-_]*$")]
    private static partial Regex UidPattern();

    [GeneratedRegex("^([0-9]+)(ms|s|m|h|d|w|y)$")]
    private static partial Regex DurationPattern();

    private static TimeSpan? Duration(string text)
    {
        var match = DurationPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }
        var amount = double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "ms" => TimeSpan.FromMilliseconds(amount),
            "s" => TimeSpan.FromSeconds(amount),
            "m" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            "d" => TimeSpan.FromDays(amount),
            "w" => TimeSpan.FromDays(7 * amount),
            _ => TimeSpan.FromDays(365 * amount),
        };
    }

    /// <summary>Uid rules shared with folders: charset first, then length. Null when valid.</summary>
    public static string? UidError(string uid) =>
        !UidPattern().IsMatch(uid) ? "uid contains illegal characters"
        : uid.Length > 40 ? "uid too long, max 40 characters"
        : null;

    public static void Map(IEndpointRouteBuilder app, GrafanaStore store, GrafanaDoubleOptions options)
    {
        app.MapPost("/api/dashboards/db", async (HttpContext context) =>
        {
            var caller = Caller.Of(context);
            if (!caller.CanWrite)
            {
                return Http.AccessDenied("any(dashboards:create, dashboards:write)");
            }
            var body = await Http.ReadObjectAsync(context).ConfigureAwait(false);
            return body?["dashboard"] is JsonObject dashboard ? Save(store, options, caller, body, dashboard) : Http.Message(400, "bad request data");
        });

        app.MapGet("/api/dashboards/uid/{uid}", (HttpContext context, string uid) =>
        {
            var caller = Caller.Of(context);
            lock (store.Sync)
            {
                var org = store.Org(caller.OrgId);
                if (!org.Dashboards.TryGetValue(uid, out var stored))
                {
                    return Http.Message(404, "Dashboard not found");
                }
                var folder = stored.FolderUid is null ? null : org.Folders.GetValueOrDefault(stored.FolderUid);
                var dashboard = (JsonObject)stored.Model.DeepClone();
                dashboard["version"] = stored.Version;
                dashboard["id"] ??= stored.Id;
                var slug = Http.Slug(stored.Title);
                var meta = new JsonObject
                {
                    ["type"] = "db",
                    ["canSave"] = caller.CanWrite,
                    ["canEdit"] = caller.CanWrite,
                    ["canAdmin"] = caller.Role == GrafanaRole.Admin,
                    ["canStar"] = true,
                    ["canDelete"] = caller.CanWrite,
                    ["slug"] = slug,
                    ["url"] = $"/d/{stored.Uid}/{slug}",
                    ["expires"] = "0001-01-01T00:00:00Z",
                    ["created"] = Http.Time(stored.Created),
                    ["updated"] = Http.Time(stored.Updated),
                    ["updatedBy"] = stored.UpdatedBy,
                    ["createdBy"] = stored.CreatedBy,
                    ["version"] = stored.Version,
                    ["hasAcl"] = false,
                    ["isFolder"] = false,
                    ["folderId"] = folder?.Id ?? 0,
                    ["folderUid"] = folder?.Uid ?? "",
                    ["folderTitle"] = folder?.Title ?? "General",
                    ["folderUrl"] = folder is null ? "" : $"/dashboards/f/{folder.Uid}/{Http.Slug(folder.Title)}",
                    ["provisioned"] = stored.Provisioned,
                    ["provisionedExternalId"] = stored.Provisioned ? stored.Uid + ".json" : "",
                    ["annotationsPermissions"] = new JsonObject
                    {
                        ["dashboard"] = new JsonObject { ["canAdd"] = caller.CanWrite, ["canEdit"] = caller.CanWrite, ["canDelete"] = caller.CanWrite },
                        ["organization"] = new JsonObject { ["canAdd"] = caller.CanWrite, ["canEdit"] = caller.CanWrite, ["canDelete"] = caller.CanWrite },
                    },
                };
                return Http.Ok(new JsonObject { ["dashboard"] = dashboard, ["meta"] = meta });
            }
        });

        app.MapDelete("/api/dashboards/uid/{uid}", (HttpContext context, string uid) =>
        {
            var caller = Caller.Of(context);
            if (!caller.CanWrite)
            {
                return Http.AccessDenied("dashboards:delete");
            }
            lock (store.Sync)
            {
                var org = store.Org(caller.OrgId);
                if (org.Folders.ContainsKey(uid))
                {
                    return Http.Message(400, "Use folders endpoint for deleting folders.");
                }
                if (!org.Dashboards.TryGetValue(uid, out var stored))
                {
                    return Http.Message(404, "Dashboard not found");
                }
                if (stored.Provisioned)
                {
                    return Http.Message(400, "provisioned dashboard cannot be deleted");
                }
                org.Dashboards.Remove(uid);
                return Http.Ok(new JsonObject { ["title"] = stored.Title, ["message"] = $"Dashboard {stored.Title} deleted", ["uid"] = uid });
            }
        });
    }

    private static IResult Save(GrafanaStore store, GrafanaDoubleOptions options, Caller caller, JsonObject body, JsonObject dashboard)
    {
        if (body["isFolder"] is JsonValue isFolder && isFolder.GetValueKind() == JsonValueKind.True)
        {
            return Http.Message(400, "Use folders endpoint for saving folders.");
        }
        var title = Text(dashboard, "title")?.Trim() ?? "";
        if (title.Length == 0)
        {
            return Http.Status(400, "empty-name", "Dashboard title cannot be empty");
        }
        if (title.Length > 5000)
        {
            return Http.Status(400, "title-too-long", "Dashboard title cannot contain more than 5 000 characters");
        }
        var message = Text(body, "message") ?? "";
        if (message.Length > 500)
        {
            return Http.Message(400, "message too long, max 500 characters");
        }
        var uid = Text(dashboard, "uid") ?? "";
        if (UidError(uid) is { } uidError)
        {
            return Http.Message(400, uidError);
        }
        var overwrite = body["overwrite"] is JsonValue o && o.GetValueKind() == JsonValueKind.True;
        var folderUid = Text(body, "folderUid");
        if (folderUid is "" or "general")
        {
            folderUid = null;
        }
        var id = Number(dashboard, "id");
        var version = Number(dashboard, "version") ?? 0;

        lock (store.Sync)
        {
            var org = store.Org(caller.OrgId);
            if (folderUid is not null && !org.Folders.ContainsKey(folderUid))
            {
                return Http.Message(400, "folder not found");
            }
            StoredDashboard? existing = null;
            if (id is { } dashboardId and not 0)
            {
                existing = org.DashboardById(dashboardId);
                if (existing is null)
                {
                    return Http.Status(404, "not-found", "Dashboard not found");
                }
                if (uid.Length > 0 && existing.Uid != uid && org.Dashboards.ContainsKey(uid))
                {
                    return Http.Message(400, "A dashboard with the same uid already exists");
                }
            }
            else if (uid.Length > 0)
            {
                if (org.Folders.ContainsKey(uid))
                {
                    return Http.Message(400, "Dashboard cannot be changed to a folder");
                }
                existing = org.Dashboards.GetValueOrDefault(uid);
            }
            if (existing is not null && !overwrite && version != existing.Version)
            {
                return options.ConflictAs409
                    ? Http.Message(409, "Dashboard already exists. Use overwrite flag to update.")
                    : Http.Status(412, "version-mismatch", "The dashboard has been changed by someone else");
            }
            var targetFolder = folderUid ?? "general";
            if (caller.Role < GrafanaRole.Admin && (org.ReadOnlyFolders.Contains(targetFolder)
                                                    || (existing?.FolderUid is { } current && org.ReadOnlyFolders.Contains(current))))
            {
                return Json403("Access denied to save dashboard");
            }
            if (existing is { Provisioned: true })
            {
                return Http.Message(400, "Cannot save provisioned dashboard");
            }

            var now = store.Clock.GetUtcNow();
            if (uid.Length == 0)
            {
                uid = GenerateUid();
            }
            var model = (JsonObject)dashboard.DeepClone();
            // Like Grafana, a refresh below min_refresh_interval is replaced by the minimum, without an error.
            if (Text(model, "refresh") is { } refresh && Duration(refresh) is { } interval
                && Duration(options.MinRefreshInterval) is { } minimum && interval < minimum)
            {
                model["refresh"] = options.MinRefreshInterval;
            }
            StoredDashboard stored;
            if (existing is null)
            {
                stored = new StoredDashboard
                {
                    Id = store.NextId(), Uid = uid, Model = model, Version = 1, FolderUid = folderUid,
                    Created = now, CreatedBy = caller.Principal.Login, Updated = now, UpdatedBy = caller.Principal.Login,
                };
            }
            else
            {
                stored = existing;
                if (existing.Uid != uid)
                {
                    org.Dashboards.Remove(existing.Uid);
                }
                stored.Model = model;
                stored.Version = existing.Version + 1;
                // An update without folderUid moves the dashboard to the root (documented behaviour).
                stored.FolderUid = folderUid;
                stored.Updated = now;
                stored.UpdatedBy = caller.Principal.Login;
            }
            model["id"] = stored.Id;
            model["uid"] = uid;
            model["version"] = stored.Version;
            org.Dashboards[uid] = stored;
            stored.Versions.Add(new StoredVersion(stored.Version, message, caller.Principal.Login, (JsonObject)model.DeepClone()));

            var slug = Http.Slug(title);
            return Http.Ok(new JsonObject
            {
                ["status"] = "success",
                ["slug"] = slug,
                ["version"] = stored.Version,
                ["id"] = stored.Id,
                ["uid"] = uid,
                ["url"] = $"/d/{uid}/{slug}",
                ["folderUid"] = folderUid ?? "",
            });
        }
    }

    private static IResult Json403(string message) => Http.Message(403, message);

    /// <summary>Grafana's shape: a lowercase letter, 24 hex characters, a lowercase letter.</summary>
    private static string GenerateUid()
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        return letters[Random.Shared.Next(26)] + Guid.NewGuid().ToString("N")[..24] + letters[Random.Shared.Next(26)];
    }

    private static string? Text(JsonObject obj, string key) =>
        obj[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static long? Number(JsonObject obj, string key) =>
        obj[key] is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? (long)v.GetValue<double>() : null;
}
