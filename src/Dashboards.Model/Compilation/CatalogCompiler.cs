using Dashboards.Model.Json;
using Dashboards.Model.Schema;

namespace Dashboards.Model;

/// <summary>
/// Compiles a <see cref="Catalog"/>: validates every dashboard (model rules, then Grafana JSON against our schema),
/// emits deterministic JSON and renders rule files. All or nothing: any error and only errors come back.
/// </summary>
public static class CatalogCompiler
{
    private const string CatalogName = "(catalog)";

    public static CatalogCompilation Compile(Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new List<CompileError>();
        var dashboards = new List<CompiledDashboard>();
        var uids = new Dictionary<string, string>(StringComparer.Ordinal);
        var folderTitles = new Dictionary<string, string>(StringComparer.Ordinal);

        for (var f = 0; f < catalog.Folders.Length; f++)
        {
            var (folder, members) = (catalog.Folders[f].Folder, catalog.Folders[f].Dashboards);
            CheckFolder(folder, $"catalog.folders[{f}]", folderTitles, errors);
            foreach (var dashboard in members)
            {
                if (uids.TryGetValue(dashboard.Uid, out var otherTitle))
                    errors.Add(new CompileError(dashboard.Title, null, "uid", $"uid '{dashboard.Uid}' is also used by dashboard \"{otherTitle}\""));
                else
                    uids.Add(dashboard.Uid, dashboard.Title);

                var compiled = CompileDashboard(folder, dashboard, errors);
                if (compiled is not null) dashboards.Add(compiled);
            }
        }

        return errors.Count == 0
            ? new CatalogCompilation(dashboards, [], [])
            : new CatalogCompilation([], [], errors);
    }

    /// <summary>Validates and emits one dashboard; null (and errors added) when it is invalid.</summary>
    internal static CompiledDashboard? CompileDashboard(Folder folder, Dashboard dashboard, List<CompileError> errors)
    {
        var before = errors.Count;
        var layout = LayoutEngine.Arrange(dashboard);
        DashboardValidator.Validate(dashboard, layout, errors);
        if (errors.Count > before) return null;

        var json = DashboardJson.Serialize(dashboard, layout);
        foreach (var schemaError in SchemaValidator.Validate(dashboard.Title, json))
            errors.Add(new CompileError(dashboard.Title, null, schemaError.Path, "schema: " + schemaError.Message));
        if (errors.Count > before) return null;

        var queries = 0;
        foreach (var panel in dashboard.Panels) queries += panel.Targets.Length;
        foreach (var row in dashboard.Rows)
            foreach (var panel in row.Panels) queries += panel.Targets.Length;
        return new CompiledDashboard(folder, dashboard.Uid, dashboard.Title, dashboard.PanelCount, queries, json, dashboard);
    }

    private static void CheckFolder(Folder folder, string path, Dictionary<string, string> titles, List<CompileError> errors)
    {
        if (DashboardValidator.UidProblem(folder.Uid) is { } problem)
            errors.Add(new CompileError(CatalogName, null, path + ".uid", "folder " + problem));
        if (string.IsNullOrWhiteSpace(folder.Title))
            errors.Add(new CompileError(CatalogName, null, path + ".title", $"folder '{folder.Uid}' has no title"));
        if (titles.TryGetValue(folder.Uid, out var title) && title != folder.Title)
            errors.Add(new CompileError(CatalogName, null, path + ".uid", $"folder uid '{folder.Uid}' is used for two titles: \"{title}\" and \"{folder.Title}\""));
        else titles.TryAdd(folder.Uid, folder.Title);
    }
}
