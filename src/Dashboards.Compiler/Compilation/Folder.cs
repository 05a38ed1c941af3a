namespace Dashboards.Model;

/// <summary>A Grafana folder dashboards are provisioned into.</summary>
public sealed record Folder(string Uid, string Title, string? ParentUid = null);
