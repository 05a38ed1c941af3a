using System.Text.Json.Nodes;

namespace Dashboards.Provisioning;

/// <summary>Body of <c>GET /api/health</c>.</summary>
public sealed record GrafanaHealth(string Database, string? Version, string? Commit);

/// <summary>A dashboard as Grafana holds it (<c>GET /api/dashboards/uid/:uid</c>).</summary>
public sealed record LiveDashboard(JsonObject Dashboard, int Version, string? FolderUid, string? FolderTitle, bool Provisioned, string? Url)
{
    /// <summary>Folder uid with the root spelled as <see cref="FolderRef.GeneralUid"/>.</summary>
    public string FolderUidOrGeneral => string.IsNullOrEmpty(FolderUid) ? FolderRef.GeneralUid : FolderUid;
}

/// <summary>Body of a successful <c>POST /api/dashboards/db</c>.</summary>
public sealed record SaveDashboardResult(string Uid, int Version, string? Url, string? FolderUid);

public sealed record GrafanaFolder(string Uid, string Title, string? ParentUid, int Version = 0);

/// <summary>One hit of <c>GET /api/search</c>.</summary>
public sealed record SearchHit(string Uid, string Title, string Type, IReadOnlyList<string> Tags, string? FolderUid, string? FolderTitle, string? Url);

/// <summary>Filters of <c>GET /api/search</c>; lists are sent as repeated parameters.</summary>
public sealed record SearchQuery
{
    public string? Query { get; init; }
    public string? Type { get; init; } = "dash-db";
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> DashboardUids { get; init; } = [];
    public IReadOnlyList<string> FolderUids { get; init; } = [];
}
