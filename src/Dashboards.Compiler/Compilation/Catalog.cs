using Dashboards.PromQL.Metrics;
using Dashboards.PromQL.Rules;

namespace Dashboards.Model;

/// <summary>A folder, the dashboards in it and (optionally) the metric catalog their queries are linted against.</summary>
public sealed record CatalogFolder(Folder Folder, ImmutableArray<Dashboard> Dashboards, MetricCatalog? Metrics = null);

/// <summary>A Prometheus rule file and the name it is written under.</summary>
public sealed record NamedRuleFile(string Name, RuleFile File);

/// <summary>
/// Everything a team provisions: folders of dashboards, plus named Prometheus rule files.
/// <c>Catalog.Create().AddFolder(new Folder("bots", "Bots"), dash1, dash2).AddRuleFile("bots", ruleFile)</c>. Immutable.
/// </summary>
public sealed record Catalog
{
    private Catalog() { }

    public static Catalog Create() => new();

    public ImmutableArray<CatalogFolder> Folders { get; private init; } = [];
    public ImmutableArray<NamedRuleFile> RuleFiles { get; private init; } = [];

    /// <summary>Adds dashboards to <paramref name="folder"/>; adding to an equal folder again appends to it.</summary>
    public Catalog AddFolder(Folder folder, params Dashboard[] dashboards)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var index = IndexOf(folder.Uid, folder);
        return index >= 0
            ? this with { Folders = Folders.SetItem(index, Folders[index] with { Dashboards = Folders[index].Dashboards.AddRange(dashboards) }) }
            : this with { Folders = Folders.Add(new CatalogFolder(folder, [.. dashboards])) };
    }

    /// <summary>
    /// Lints the PromQL of the folder's dashboards against <paramref name="metrics"/> when compiling: unknown metrics and
    /// labels, rate on a gauge, histogram_quantile without <c>le</c> become errors.
    /// </summary>
    public Catalog UseMetrics(string folderUid, MetricCatalog metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var index = IndexOf(folderUid, null);
        if (index < 0) throw new ArgumentException($"No folder with uid '{folderUid}' in the catalog; add it first.", nameof(folderUid));
        return this with { Folders = Folders.SetItem(index, Folders[index] with { Metrics = metrics }) };
    }

    /// <summary>Adds a Prometheus rule file written as <paramref name="name"/> (e.g. <c>bots</c> → bots.rules.yml by the CLI).</summary>
    public Catalog AddRuleFile(string name, RuleFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return this with { RuleFiles = RuleFiles.Add(new NamedRuleFile(name, file)) };
    }

    /// <summary>All dashboards in folder order.</summary>
    public IEnumerable<(Folder Folder, Dashboard Dashboard)> AllDashboards()
    {
        foreach (var f in Folders)
            foreach (var d in f.Dashboards)
                yield return (f.Folder, d);
    }

    private int IndexOf(string uid, Folder? equalTo)
    {
        for (var i = 0; i < Folders.Length; i++)
            if (equalTo is null ? Folders[i].Folder.Uid == uid : Folders[i].Folder == equalTo) return i;
        return -1;
    }
}
