namespace Dashboards.Model;

/// <summary>A folder and the dashboards in it.</summary>
public sealed record CatalogFolder(Folder Folder, ImmutableArray<Dashboard> Dashboards);

/// <summary>
/// Everything a team provisions: folders of dashboards, plus named Prometheus rule files.
/// <c>Catalog.Create().AddFolder(new Folder("bots", "Bots"), dash1, dash2)</c>. Immutable.
/// </summary>
public sealed record Catalog
{
    private Catalog() { }

    public static Catalog Create() => new();

    public ImmutableArray<CatalogFolder> Folders { get; private init; } = [];

    /// <summary>Adds dashboards to <paramref name="folder"/>; adding to an equal folder again appends to it.</summary>
    public Catalog AddFolder(Folder folder, params Dashboard[] dashboards)
    {
        ArgumentNullException.ThrowIfNull(folder);
        for (var i = 0; i < Folders.Length; i++)
            if (Folders[i].Folder == folder)
                return this with { Folders = Folders.SetItem(i, Folders[i] with { Dashboards = Folders[i].Dashboards.AddRange(dashboards) }) };
        return this with { Folders = Folders.Add(new CatalogFolder(folder, [.. dashboards])) };
    }

    /// <summary>All dashboards in folder order.</summary>
    public IEnumerable<(Folder Folder, Dashboard Dashboard)> AllDashboards()
    {
        foreach (var f in Folders)
            foreach (var d in f.Dashboards)
                yield return (f.Folder, d);
    }
}
