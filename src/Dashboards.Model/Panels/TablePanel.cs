namespace Dashboards.Model;

/// <summary>How table cells render (<c>custom.cellOptions</c>).</summary>
public enum TableCellType { Auto, ColorText, ColorBackground, ColorBackgroundSolid, GradientGauge, LcdGauge, BasicGauge, Sparkline, JsonView, Image, DataLinks }

/// <summary>A sort column of a table.</summary>
public sealed record TableSort(string DisplayName, bool Descending = false);

/// <summary>Table footer with a reducer per column.</summary>
public sealed record TableFooter(ImmutableArray<Reducer> Reducers, ImmutableArray<string> Fields)
{
    public bool CountRows { get; init; }
    public bool EnablePagination { get; init; }
}

// Shortcuts of the generated TablePanel (Spec/panels/table.json).
public sealed partial record TablePanel
{
    public TablePanel SortBy(string displayName, bool descending = false) =>
        this with { Options = Options with { SortBy = Options.SortBy.Add(new TableSort(displayName, descending)) } };

    /// <summary>A footer row reducing each column (all numeric columns unless <paramref name="fields"/> are given).</summary>
    public TablePanel Footer(Reducer reducer, params string[] fields) =>
        this with { Options = Options with { Footer = new TableFooter([reducer], [.. fields]) } };

    /// <summary>Default options of every column, e.g. <c>c => c with { Align = TextAlignment.Left, CellType = TableCellType.ColorBackground }</c>.</summary>
    public TablePanel Column(Func<TableFieldConfig, TableFieldConfig> configure) => this with { FieldConfig = configure(FieldConfig) };
}
