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

    /// <summary>Default options of every column, e.g. <c>c => c with { Align = TextAlignment.Left, CellType = TableCellType.ColorBackground }</c>.</summary>
    public TablePanel Column(Func<TableFieldConfig, TableFieldConfig> configure) => this with { FieldConfig = configure(FieldConfig) };
}
