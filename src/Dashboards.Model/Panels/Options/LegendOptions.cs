namespace Dashboards.Model;

// Shortcuts of the generated LegendOptions (Spec/shared.json).
public sealed partial record LegendOptions
{
    public LegendOptions AsTable() => this with { DisplayMode = LegendDisplayMode.Table, ShowLegend = true };
    public LegendOptions AsList() => this with { DisplayMode = LegendDisplayMode.List, ShowLegend = true };
    public LegendOptions Hidden() => this with { DisplayMode = LegendDisplayMode.Hidden, ShowLegend = false };

    /// <summary>The legend's calcs. (The span form spares a params array per call.)</summary>
    public LegendOptions WithCalcs(params ReadOnlySpan<Reducer> calcs) => this with { Calcs = [.. calcs] };

    /// <summary>Sorts table legends by a calc column name (e.g. "Mean").</summary>
    public LegendOptions WithSortBy(string column, bool descending = true) => this with { SortBy = column, SortDescending = descending };
}
