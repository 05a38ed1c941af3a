namespace Dashboards.Model;

/// <summary>
/// How table cells render (<c>custom.cellOptions</c>): every cell type of Grafana 12's table (@grafana/schema's
/// TableCellOptions) with its display mode; <c>custom</c> is left out (it takes a React component, which JSON cannot carry).
/// </summary>
public enum TableCellType
{
    Auto,
    ColorText,

    /// <summary><c>color-background</c>, gradient mode.</summary>
    ColorBackground,

    /// <summary><c>color-background</c>, basic (solid) mode.</summary>
    ColorBackgroundSolid,
    GradientGauge,
    LcdGauge,
    BasicGauge,
    Sparkline,
    JsonView,
    Image,
    DataLinks,

    /// <summary>The field's actions as buttons.</summary>
    Actions,

    /// <summary>Each value (or each item of a list) as a coloured pill.</summary>
    Pill,

    /// <summary>Values rendered as Markdown.</summary>
    Markdown,

    /// <summary>Geometry values (e.g. from the spatial transformation) as text.</summary>
    Geo,
}

/// <summary>
/// A table cell type with the options Grafana 12 gives it (@grafana/schema's TableCellOptions): <c>TableCell.Gauge(BarGaugeDisplayMode.Lcd,
/// BarGaugeValueMode.Text)</c>, <c>TableCell.ColorBackground(applyToRow: true)</c>, <c>TableCell.Image(alt: "logo")</c>... A bare
/// <see cref="TableCellType"/> converts to one without options.
/// </summary>
public sealed record TableCell
{
    private TableCell(TableCellType type) =>
        Type = Enum.IsDefined(type) ? type : throw new ArgumentOutOfRangeException(nameof(type), type, "Not a table cell type.");

    public TableCellType Type { get; }

    /// <summary>color-background: colour the whole row, not only the cell.</summary>
    public bool? ApplyToRow { get; private init; }

    /// <summary>Gauges: how the value shows beside the bar.</summary>
    public BarGaugeValueMode? ValueDisplay { get; private init; }

    /// <summary>image: the alt text and the hover title.</summary>
    public string? ImageAlt { get; private init; }
    public string? ImageTitle { get; private init; }

    /// <summary>sparkline: hide the value beside the line.</summary>
    public bool? HideValue { get; private init; }

    /// <summary>markdown: rows grow to fit the rendered Markdown.</summary>
    public bool? DynamicHeight { get; private init; }

    public static TableCell Auto { get; } = new(TableCellType.Auto);

    public static implicit operator TableCell(TableCellType type) => new(type);

    /// <summary>The same cell type with no options.</summary>
    public static TableCell Of(TableCellType type) => new(type);

    /// <summary>Cells (or whole rows) coloured by the field's colour: gradient, or <paramref name="solid"/> (Grafana's basic mode).</summary>
    public static TableCell ColorBackground(bool solid = false, bool applyToRow = false) =>
        new(solid ? TableCellType.ColorBackgroundSolid : TableCellType.ColorBackground) { ApplyToRow = applyToRow ? true : null };

    /// <summary>A bar gauge in the cell.</summary>
    public static TableCell Gauge(BarGaugeDisplayMode mode = BarGaugeDisplayMode.Gradient, BarGaugeValueMode? valueDisplay = null) => new(mode switch
    {
        BarGaugeDisplayMode.Basic => TableCellType.BasicGauge,
        BarGaugeDisplayMode.Lcd => TableCellType.LcdGauge,
        BarGaugeDisplayMode.Gradient => TableCellType.GradientGauge,
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    }) { ValueDisplay = valueDisplay is null || Enum.IsDefined(valueDisplay.Value) ? valueDisplay : throw new ArgumentOutOfRangeException(nameof(valueDisplay)) };

    /// <summary>Values are image URLs.</summary>
    public static TableCell Image(string? alt = null, string? title = null) => new(TableCellType.Image) { ImageAlt = alt, ImageTitle = title };

    public static TableCell Sparkline(bool hideValue = false) => new(TableCellType.Sparkline) { HideValue = hideValue ? true : null };

    public static TableCell Markdown(bool dynamicHeight = false) => new(TableCellType.Markdown) { DynamicHeight = dynamicHeight ? true : null };
}

/// <summary>A sort column of a table.</summary>
public sealed record TableSort(string DisplayName, bool Descending = false);

// Shortcuts of the generated TablePanel (Spec/panels/table.json).
public sealed partial record TablePanel
{
    public TablePanel SortBy(string displayName, bool descending = false) =>
        this with { Options = Options with { SortBy = Options.SortBy.Add(new TableSort(displayName, descending)) } };

    /// <summary>
    /// A footer row reducing every column, or only <paramref name="fields"/> (display names) when given. Written in Grafana 12's
    /// form, as Grafana migrates the old <c>options.footer</c>: <c>custom.footer.reducers</c> in the defaults, or an override
    /// (<c>byName</c> for one field, <c>byNames</c> for several) carrying the reducers.
    /// </summary>
    public TablePanel Footer(Reducer reducer, params string[] fields) => Footer([reducer], fields);

    /// <summary>A footer with several reducers (e.g. sum and mean); see <see cref="Footer(Reducer, string[])"/>.</summary>
    public TablePanel Footer(Reducer[] reducers, params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(reducers);
        ArgumentNullException.ThrowIfNull(fields);
        if (reducers.Length == 0) throw new ArgumentException("A footer needs at least one reducer.", nameof(reducers));
        if (fields.Length == 0) return this with { FieldConfig = FieldConfig with { Footer = [.. reducers] } };
        var matcher = fields.Length == 1 ? FieldMatcher.ByName(fields[0]) : FieldMatcher.ByNames(fields);
        return Override(matcher, o => o.FooterReducers(reducers));
    }

    /// <summary>A footer counting all rows (Grafana's <c>countAll</c>, the old <c>countRows</c>).</summary>
    public TablePanel FooterCountRows() => Footer(Reducer.CountAll);

    /// <summary>Default options of every column, e.g. <c>c => c with { Align = TextAlignment.Left, Cell = TableCell.ColorBackground(applyToRow: true) }</c>.</summary>
    public TablePanel Column(Func<TableFieldConfig, TableFieldConfig> configure) => this with { FieldConfig = configure(FieldConfig) };
}
