namespace Dashboards.Model;

/// <summary>A panel or row with its site index (see <see cref="DashboardLayout"/>) and its path in the emitted JSON.</summary>
internal readonly record struct PanelSite(Panel? Panel, RowPanel? Row, RowPanel? ParentRow, int Site, string JsonPath)
{
    public string Title => Panel?.Title ?? Row!.Title;

    /// <summary>Every panel and row in emit order, with JSON paths (expanded rows' panels follow the row; collapsed rows nest them).</summary>
    public static List<PanelSite> Enumerate(Dashboard dashboard)
    {
        var sites = new List<PanelSite>(dashboard.Panels.Length + dashboard.Rows.Length * 4);
        int site = 0, top = 0;
        foreach (var panel in dashboard.Panels)
            sites.Add(new PanelSite(panel, null, null, site++, $"panels[{top++}]"));
        foreach (var row in dashboard.Rows)
        {
            var rowPath = $"panels[{top++}]";
            sites.Add(new PanelSite(null, row, null, site++, rowPath));
            for (var i = 0; i < row.Panels.Length; i++)
            {
                var path = row.IsCollapsed ? $"{rowPath}.panels[{i}]" : $"panels[{top++}]";
                sites.Add(new PanelSite(row.Panels[i], null, row, site++, path));
            }
        }
        return sites;
    }
}
