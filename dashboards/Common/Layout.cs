namespace Dashboards.Suites.Common;

/// <summary>Panel sizes on Grafana's 24-column grid, shared so the suites look alike.</summary>
public static class Layout
{
    /// <summary>A KPI stat, four to a row.</summary>
    public static readonly (int W, int H) Stat = (6, 4);

    /// <summary>A KPI stat when six share a row.</summary>
    public static readonly (int W, int H) NarrowStat = (4, 4);

    /// <summary>A chart, two to a row.</summary>
    public static readonly (int W, int H) Chart = (12, 8);

    /// <summary>A full-width chart, table or heatmap.</summary>
    public static readonly (int W, int H) Wide = (24, 8);
}
