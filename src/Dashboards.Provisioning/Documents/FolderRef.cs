namespace Dashboards.Provisioning;

/// <summary>A Grafana folder found or created by uid; <see cref="ParentUid"/> asks for a nested folder.</summary>
public sealed record FolderRef(string Uid, string Title, string? ParentUid = null)
{
    /// <summary>Grafana's reserved uid of the root ("General") folder.</summary>
    public const string GeneralUid = "general";

    /// <summary>The root folder: dashboards placed here are saved without a folderUid.</summary>
    public static FolderRef General { get; } = new(GeneralUid, "General");

    public bool IsGeneral => string.IsNullOrEmpty(Uid) || Uid == GeneralUid;
}
