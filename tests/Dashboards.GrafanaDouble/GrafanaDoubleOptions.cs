namespace Dashboards.GrafanaDouble;

public sealed record GrafanaDoubleOptions
{
    /// <summary>Newest Grafana (Kubernetes-backed save): version mismatch is 409 "Dashboard already exists..." instead of 412.</summary>
    public bool ConflictAs409 { get; init; }

    /// <summary>Grafana's <c>[folder] max_nested_folder_depth</c>, default 4.</summary>
    public int MaxNestedFolderDepth { get; init; } = 4;

    /// <summary>Grafana's <c>min_refresh_interval</c> (default 5s): a lower dashboard <c>refresh</c> is silently raised to it on save.</summary>
    public string MinRefreshInterval { get; init; } = "5s";

    public string Version { get; init; } = "12.3.0";

    /// <summary>Serve the API only under this sub-path (e.g. "/grafana"), as behind a proxy; other paths answer 404.</summary>
    public string? PathBase { get; init; }

    /// <summary>Search ignores its <c>page</c> parameter and always answers the first page (a misbehaving proxy or server).</summary>
    public bool IgnoreSearchPaging { get; init; }

    /// <summary>With <see cref="PathBase"/>: requests outside it get a 301 into it (same origin) instead of a 404.</summary>
    public bool RedirectToPathBase { get; init; }

    public string Commit { get; init; } = "0123456789";
}

/// <summary>One request the double answered, with the status it started to send (0: dropped or lost before any answer).</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, int Status, string? Authorization, string? OrgHeader);
