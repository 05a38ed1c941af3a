using System.Text.Json.Nodes;

namespace Dashboards.Provisioning;

/// <summary>A compiled dashboard as provisioning sees it: identity, target folder and the JSON model.</summary>
/// <remarks>Provisioning never mutates <see cref="Json"/>; it works on deep copies.</remarks>
public sealed record DashboardDocument(string Uid, string Title, FolderRef Folder, JsonObject Json)
{
    public override string ToString() => $"{Uid} ('{Title}' in folder {Folder.Uid})";
}
