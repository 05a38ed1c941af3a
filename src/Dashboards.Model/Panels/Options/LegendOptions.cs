namespace Dashboards.Model;

public enum LegendDisplayMode { List, Table, Hidden }
public enum LegendPlacement { Bottom, Right }

/// <summary>Panel legend: <c>l => l.AsTable().Placement(LegendPlacement.Right).Calcs(Reducer.Mean, Reducer.Max)</c>.</summary>
public sealed record LegendOptions
{
    public static LegendOptions Default { get; } = new();

    public LegendDisplayMode DisplayMode { get; init; } = LegendDisplayMode.List;
    public LegendPlacement PlacementValue { get; init; } = LegendPlacement.Bottom;
    public bool ShowLegend { get; init; } = true;
    public ImmutableArray<Reducer> CalcsValue { get; init; } = [];
    public string? SortByValue { get; init; }
    public bool? SortDescending { get; init; }
    public int? WidthValue { get; init; }

    public LegendOptions AsTable() => this with { DisplayMode = LegendDisplayMode.Table, ShowLegend = true };
    public LegendOptions AsList() => this with { DisplayMode = LegendDisplayMode.List, ShowLegend = true };
    public LegendOptions Hidden() => this with { DisplayMode = LegendDisplayMode.Hidden, ShowLegend = false };
    public LegendOptions Placement(LegendPlacement placement) => this with { PlacementValue = placement };
    public LegendOptions Calcs(params Reducer[] calcs) => this with { CalcsValue = ImmutableArray.Create(calcs ?? throw new ArgumentNullException(nameof(calcs))) };

    /// <summary>Sorts table legends by a calc column name (e.g. "Mean").</summary>
    public LegendOptions SortBy(string column, bool descending = true) => this with { SortByValue = column, SortDescending = descending };
    public LegendOptions Width(int pixels) => this with { WidthValue = pixels };
}
