namespace Dashboards.Model;

// Shortcuts of the generated DashboardListPanel (Spec/panels/dashlist.json).
public sealed partial record DashboardListPanel
{
    /// <summary>Shows the dashboards a search finds: by title (<paramref name="query"/>) and tags.</summary>
    public DashboardListPanel Search(string query, params string[] tags) =>
        this with { Options = Options with { ShowSearch = true, Query = query ?? throw new ArgumentNullException(nameof(query)), Tags = [.. tags ?? throw new ArgumentNullException(nameof(tags))] } };

    /// <summary>Links keep the current time range and variable values.</summary>
    public DashboardListPanel KeepContext() => KeepTime().IncludeVariables();
}
