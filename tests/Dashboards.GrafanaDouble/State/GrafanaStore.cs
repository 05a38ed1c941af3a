using System.Text.Json.Nodes;

namespace Dashboards.GrafanaDouble;

public enum GrafanaRole { Viewer, Editor, Admin }

/// <summary>One saved version of a dashboard (Grafana's version history).</summary>
public sealed record StoredVersion(int Version, string Message, string Author, JsonObject Data);

/// <summary>A dashboard as the double stores it. <see cref="Model"/> holds id, uid and version like Grafana's store.</summary>
public sealed class StoredDashboard
{
    public required long Id { get; init; }
    public required string Uid { get; init; }
    public required JsonObject Model { get; set; }
    public required int Version { get; set; }
    public string? FolderUid { get; set; }
    public bool Provisioned { get; set; }
    public required DateTimeOffset Created { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset Updated { get; set; }
    public string UpdatedBy { get; set; } = "";
    public List<StoredVersion> Versions { get; } = [];

    public string Title => Model["title"]?.GetValue<string>() ?? "";

    public IReadOnlyList<string> Tags =>
        (Model["tags"] as JsonArray)?.Select(t => t is JsonValue v && v.TryGetValue<string>(out var s) ? s : "").ToList() ?? [];
}

public sealed class StoredFolder
{
    public required long Id { get; init; }
    public required string Uid { get; init; }
    public required string Title { get; set; }
    public string? ParentUid { get; init; }
    public required DateTimeOffset Created { get; init; }
    public required string CreatedBy { get; init; }
    public int Version { get; set; } = 1;
}

/// <summary>The dashboards and folders of one organisation.</summary>
public sealed class OrgState(long id)
{
    public long Id { get; } = id;
    public Dictionary<string, StoredDashboard> Dashboards { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, StoredFolder> Folders { get; } = new(StringComparer.Ordinal);

    /// <summary>Folders where Editors get 403 "Access denied to save dashboard" (folder permissions).</summary>
    public HashSet<string> ReadOnlyFolders { get; } = new(StringComparer.Ordinal);

    public StoredDashboard? DashboardById(long id) => Dashboards.Values.FirstOrDefault(d => d.Id == id);

    /// <summary>Depth of a folder: 1 for a root-level folder.</summary>
    public int Depth(string uid)
    {
        var depth = 0;
        for (var current = uid; current is not null && Folders.TryGetValue(current, out var folder) && depth < 64; current = folder.ParentUid)
        {
            depth++;
        }
        return depth;
    }
}

/// <summary>A token or a basic-auth user, with a role per org.</summary>
public sealed record Principal(string Login, IReadOnlyDictionary<long, GrafanaRole> Roles, bool IsServiceAccount)
{
    public long DefaultOrg => Roles.Keys.Min();
}

/// <summary>
/// All state of the double, behind one lock. Tests use it to seed data and to act like a person in the UI.
/// </summary>
public sealed class GrafanaStore
{
    private readonly Dictionary<long, OrgState> _orgs = new() { [1] = new OrgState(1) };
    private readonly Dictionary<string, Principal> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Password, Principal Principal)> _users = new(StringComparer.Ordinal);
    private long _nextId = 1;

    public object Sync { get; } = new();

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    internal long NextId() => _nextId++;

    public OrgState Org(long orgId)
    {
        lock (Sync)
        {
            if (!_orgs.TryGetValue(orgId, out var org))
            {
                org = new OrgState(orgId);
                _orgs[orgId] = org;
            }
            return org;
        }
    }

    internal bool OrgExists(long orgId)
    {
        lock (Sync)
        {
            return _orgs.ContainsKey(orgId);
        }
    }

    public void AddToken(string token, GrafanaRole role, long orgId = 1, string name = "sa-provisioning")
    {
        lock (Sync)
        {
            Org(orgId);
            _tokens[token] = new Principal(name, new Dictionary<long, GrafanaRole> { [orgId] = role }, IsServiceAccount: true);
        }
    }

    public void AddUser(string login, string password, GrafanaRole role, params long[] orgIds)
    {
        lock (Sync)
        {
            var orgs = orgIds.Length == 0 ? [1L] : orgIds;
            foreach (var org in orgs)
            {
                Org(org);
            }
            _users[login] = (password, new Principal(login, orgs.ToDictionary(o => o, _ => role), IsServiceAccount: false));
        }
    }

    internal Principal? FindToken(string token)
    {
        lock (Sync)
        {
            return _tokens.GetValueOrDefault(token);
        }
    }

    internal Principal? FindUser(string login, string password)
    {
        lock (Sync)
        {
            return _users.TryGetValue(login, out var entry) && entry.Password == password ? entry.Principal : null;
        }
    }

    /// <summary>A copy of the stored dashboard JSON (with id, uid and version), or null.</summary>
    public JsonObject? GetDashboard(string uid, long orgId = 1)
    {
        lock (Sync)
        {
            return Org(orgId).Dashboards.TryGetValue(uid, out var d) ? (JsonObject)d.Model.DeepClone() : null;
        }
    }

    public int? GetVersion(string uid, long orgId = 1)
    {
        lock (Sync)
        {
            return Org(orgId).Dashboards.TryGetValue(uid, out var d) ? d.Version : null;
        }
    }

    public string? GetFolderUidOf(string uid, long orgId = 1)
    {
        lock (Sync)
        {
            return Org(orgId).Dashboards.TryGetValue(uid, out var d) ? d.FolderUid : null;
        }
    }

    public IReadOnlyList<StoredVersion> GetVersions(string uid, long orgId = 1)
    {
        lock (Sync)
        {
            return Org(orgId).Dashboards.TryGetValue(uid, out var d) ? d.Versions.ToList() : [];
        }
    }

    public IReadOnlyList<string> DashboardUids(long orgId = 1)
    {
        lock (Sync)
        {
            return Org(orgId).Dashboards.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        }
    }

    public IReadOnlyList<StoredFolder> Folders(long orgId = 1)
    {
        lock (Sync)
        {
            return Org(orgId).Folders.Values.OrderBy(f => f.Uid, StringComparer.Ordinal).ToList();
        }
    }

    public void AddFolder(string uid, string title, string? parentUid = null, long orgId = 1)
    {
        lock (Sync)
        {
            Org(orgId).Folders[uid] = new StoredFolder
            {
                Id = NextId(), Uid = uid, Title = title, ParentUid = parentUid, Created = Clock.GetUtcNow(), CreatedBy = "admin",
            };
        }
    }

    /// <summary>Editors may no longer save into this folder (403 "Access denied to save dashboard").</summary>
    public void MakeFolderReadOnly(string folderUid, long orgId = 1)
    {
        lock (Sync)
        {
            Org(orgId).ReadOnlyFolders.Add(folderUid);
        }
    }

    /// <summary>Stores a dashboard directly (as another tool or file provisioning would), version 1.</summary>
    public void Seed(JsonObject dashboard, string? folderUid = null, bool provisioned = false, long orgId = 1, string author = "someone-else")
    {
        lock (Sync)
        {
            var uid = dashboard["uid"]!.GetValue<string>();
            var org = Org(orgId);
            var model = (JsonObject)dashboard.DeepClone();
            var stored = new StoredDashboard
            {
                Id = NextId(), Uid = uid, Model = model, Version = 1, FolderUid = folderUid, Provisioned = provisioned,
                Created = Clock.GetUtcNow(), CreatedBy = author, Updated = Clock.GetUtcNow(), UpdatedBy = author,
            };
            model["id"] = stored.Id;
            model["version"] = 1;
            stored.Versions.Add(new StoredVersion(1, "seeded", author, (JsonObject)model.DeepClone()));
            org.Dashboards[uid] = stored;
        }
    }

    /// <summary>
    /// Simulates a person editing the dashboard in the UI and saving: the edit runs on the stored JSON, the version
    /// goes up by one, and the history records the save.
    /// </summary>
    public int EditInUi(string uid, Action<JsonObject> edit, long orgId = 1, string user = "ui-user")
    {
        lock (Sync)
        {
            var stored = Org(orgId).Dashboards[uid];
            var model = (JsonObject)stored.Model.DeepClone();
            edit(model);
            stored.Version++;
            model["version"] = stored.Version;
            model["id"] = stored.Id;
            stored.Model = model;
            stored.Updated = Clock.GetUtcNow();
            stored.UpdatedBy = user;
            stored.Versions.Add(new StoredVersion(stored.Version, "edited in the UI", user, (JsonObject)model.DeepClone()));
            return stored.Version;
        }
    }

    /// <summary>Every dashboard saved in an org, in uid order, as (uid, version, title).</summary>
    public IReadOnlyList<(string Uid, int Version, string Title)> Snapshot(long orgId = 1)
    {
        lock (Sync)
        {
            return Org(orgId).Dashboards.Values.OrderBy(d => d.Uid, StringComparer.Ordinal).Select(d => (d.Uid, d.Version, d.Title)).ToList();
        }
    }
}
