namespace Dashboards.Model;

public enum TableCellHeight { Small, Medium, Large, Auto }

/// <summary>How table cells render (<c>custom.cellOptions</c>).</summary>
public enum TableCellType { Auto, ColorText, ColorBackground, ColorBackgroundSolid, GradientGauge, LcdGauge, BasicGauge, Sparkline, JsonView, Image, DataLinks }

/// <summary>A sort column of a table.</summary>
public sealed record TableSort(string DisplayName, bool Descending = false);

/// <summary>Table footer with a reducer per column.</summary>
public sealed record TableFooter(ImmutableArray<Reducer> Reducers, ImmutableArray<string> Fields, bool CountRows = false, bool EnablePagination = false);

/// <summary>Options of <see cref="TablePanel"/>; column options are under <see cref="TableColumns"/>.</summary>
public sealed record TableOptions
{
    public static TableOptions Default { get; } = new();

    public bool ShowHeader { get; init; } = true;
    public int FrameIndex { get; init; }
    public bool? ShowTypeIcons { get; init; }
    public ImmutableArray<TableSort> SortBy { get; init; } = [];
    public TableFooter? Footer { get; init; }
    public TableCellHeight? CellHeight { get; init; }
}

/// <summary>Default column options (<c>fieldConfig.defaults.custom</c> of the table plugin).</summary>
public sealed record TableColumns
{
    public static TableColumns Default { get; } = new();

    public TextAlignment Align { get; init; } = TextAlignment.Auto;
    public TableCellType CellType { get; init; } = TableCellType.Auto;
    public int? Width { get; init; }
    public int? MinWidth { get; init; }
    public bool Filterable { get; init; }
    public bool Inspect { get; init; }
    public bool? WrapText { get; init; }
}

/// <summary>Tabular data (<c>table</c>).</summary>
public sealed record TablePanel : Panel<TablePanel>
{
    public TablePanel(string title) : base(title, 24, 8) { }

    public override string PluginId => "table";

    public TableOptions Options { get; init; } = TableOptions.Default;
    public TableColumns Columns { get; init; } = TableColumns.Default;

    public TablePanel ShowHeader(bool show = true) => this with { Options = Options with { ShowHeader = show } };
    public TablePanel ShowTypeIcons(bool show = true) => this with { Options = Options with { ShowTypeIcons = show } };
    public TablePanel FrameIndex(int index) => this with { Options = Options with { FrameIndex = index } };
    public TablePanel SortBy(string displayName, bool descending = false) =>
        this with { Options = Options with { SortBy = Options.SortBy.Add(new TableSort(displayName, descending)) } };
    public TablePanel CellHeight(TableCellHeight height) => this with { Options = Options with { CellHeight = height } };

    /// <summary>A footer row reducing each column (all numeric columns unless <paramref name="fields"/> are given).</summary>
    public TablePanel Footer(Reducer reducer, params string[] fields) =>
        this with { Options = Options with { Footer = new TableFooter([reducer], [.. fields]) } };

    /// <summary>Default options of every column, e.g. <c>c => c with { Align = TextAlignment.Left, CellType = TableCellType.ColorBackground }</c>.</summary>
    public TablePanel Column(Func<TableColumns, TableColumns> configure) => this with { Columns = configure(Columns) };
}
