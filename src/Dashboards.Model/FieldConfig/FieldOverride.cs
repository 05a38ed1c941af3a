using System.Text.Json.Nodes;

namespace Dashboards.Model;

/// <summary>
/// One override property: a Grafana field-config id (<c>unit</c>, <c>color</c>, <c>custom.fillOpacity</c>...) and its value.
/// Built through <see cref="FieldOverride"/>'s typed methods; <see cref="FieldOverride.Custom"/> covers the rest.
/// </summary>
public sealed record OverrideProperty
{
    internal OverrideProperty(string id, object value)
    {
        Id = id;
        Value = value;
    }

    public string Id { get; }

    /// <summary>A model value (number, string, bool, <see cref="Model.Thresholds"/>, <see cref="FieldColor"/>, ...).</summary>
    internal object Value { get; }
}

/// <summary>
/// Overrides for the fields a matcher selects, e.g.
/// <c>new FieldOverride(FieldMatcher.ByName("errors")).Unit(Unit.Percent).Color(FieldColor.Fixed(Color.Red))</c>.
/// </summary>
public sealed record FieldOverride
{
    public FieldOverride(FieldMatcher matcher) => Matcher = matcher;

    public FieldMatcher Matcher { get; }
    public ImmutableArray<OverrideProperty> Properties { get; private init; } = [];

    public FieldOverride Unit(Unit unit) => With("unit", unit);
    public FieldOverride Decimals(int decimals) => With("decimals", decimals);
    public FieldOverride Min(double min) => With("min", min);
    public FieldOverride Max(double max) => With("max", max);
    public FieldOverride DisplayName(string displayName) => With("displayName", displayName);
    public FieldOverride NoValue(string text) => With("noValue", text);
    public FieldOverride Color(FieldColor color) => With("color", color);
    public FieldOverride Color(Color fixedColor) => With("color", FieldColor.Fixed(fixedColor));
    public FieldOverride Thresholds(Thresholds thresholds) => With("thresholds", thresholds);
    public FieldOverride Mappings(params ValueMapping[] mappings) => With("mappings", ImmutableArray.Create(mappings));

    /// <summary>Hides the series from the graph, legend and tooltip.</summary>
    public FieldOverride HideSeries(bool viz = true, bool legend = true, bool tooltip = true) =>
        With("custom.hideFrom", new HideFrom(viz, legend, tooltip));

    public FieldOverride DrawStyle(DrawStyle style) => With("custom.drawStyle", style);
    public FieldOverride LineWidth(int width) => With("custom.lineWidth", SpecRanges.GraphStyleLineWidth(width, nameof(width)));
    public FieldOverride FillOpacity(int percent) => With("custom.fillOpacity", SpecRanges.GraphStyleFillOpacity(percent, nameof(percent)));
    public FieldOverride AxisPlacement(AxisPlacement placement) => With("custom.axisPlacement", placement);
    public FieldOverride AxisLabel(string label) => With("custom.axisLabel", label);
    public FieldOverride Stacking(StackingMode mode, string group = "A") => With("custom.stacking", new Stacking(mode, group));

    /// <summary>Draws the series below the zero line (e.g. outbound traffic mirrored under inbound).</summary>
    public FieldOverride NegativeY() => With("custom.transform", GraphTransform.NegativeY);

    /// <summary>Table column width in pixels.</summary>
    public FieldOverride Width(int pixels) => With("custom.width", pixels);
    public FieldOverride Align(TextAlignment alignment) => With("custom.align", alignment);
    public FieldOverride CellType(TableCellType cellType) => With("custom.cellOptions", TableCell.Of(cellType));

    /// <summary>A table cell type with its options, e.g. <c>TableCell.Gauge(BarGaugeDisplayMode.Lcd, BarGaugeValueMode.Hidden)</c>.</summary>
    public FieldOverride Cell(TableCell cell) => With("custom.cellOptions", cell ?? throw new ArgumentNullException(nameof(cell)));

    /// <summary>Hides a table column (Grafana 12's <c>custom.hideFrom.viz</c>; the older <c>custom.hidden</c> is only migrated on load).</summary>
    public FieldOverride HiddenColumn(bool hidden = true) => With("custom.hideFrom.viz", hidden);

    /// <summary>Wraps this table column's text (Grafana 12's <c>custom.wrapText</c>).</summary>
    public FieldOverride WrapText(bool wrap = true) => With("custom.wrapText", wrap);

    /// <summary>Table footer reducers under this column (Grafana 12's <c>custom.footer.reducers</c>).</summary>
    public FieldOverride FooterReducers(params Reducer[] reducers)
    {
        ArgumentNullException.ThrowIfNull(reducers);
        if (reducers.Length == 0) throw new ArgumentException("A footer needs at least one reducer.", nameof(reducers));
        return With("custom.footer.reducers", ImmutableArray.Create(reducers));
    }

    /// <summary>Escape hatch: any field-config id with a raw JSON value.</summary>
    public FieldOverride Custom(string id, JsonNode? value)
    {
        if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("An override property needs an id.", nameof(id));
        return With(id, (object?)value?.DeepClone() ?? RawNull.Instance);
    }

    private FieldOverride With(string id, object value) => this with { Properties = Properties.Add(new OverrideProperty(id, value)) };
}

/// <summary>Marks an explicit JSON null value.</summary>
internal sealed class RawNull
{
    public static readonly RawNull Instance = new();
    private RawNull() { }
}
