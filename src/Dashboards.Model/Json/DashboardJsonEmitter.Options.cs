namespace Dashboards.Model.Json;

// The hand-written writers the panel specs name ("write": ...): shapes a flat spec field cannot say.
// The rest of the panel options is generated (Generated/DashboardJsonEmitter.Options.g.cs).
internal static partial class DashboardJsonEmitter
{
    private static void WriteTableSortBy(GrafanaJsonWriter w, TableOptions o)
    {
        w.WriteStartArray("sortBy"u8);
        foreach (var sort in OrEmpty(o.SortBy))
        {
            w.WriteStartObject();
            w.WriteString("displayName"u8, sort.DisplayName);
            w.WriteBoolean("desc"u8, sort.Descending);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>Grafana 12's footer: <c>custom.footer.reducers</c>, omitted when there is no footer.</summary>
    private static void WriteTableFooterReducers(GrafanaJsonWriter w, TableFieldConfig o)
    {
        if (o.Footer.IsDefaultOrEmpty) return;
        w.WriteStartObject("footer"u8);
        WriteReducers(w, "reducers"u8, o.Footer);
        w.WriteEndObject();
    }

    private static void WriteTableCellOptions(GrafanaJsonWriter w, TableFieldConfig o)
    {
        w.WritePropertyName("cellOptions"u8);
        WriteCellOptions(w, o.Cell);
    }

    /// <summary>Grafana keeps the y axis flat: the axis look plus unit, reverse and decimals.</summary>
    private static void WriteHeatmapYAxis(GrafanaJsonWriter w, HeatmapOptions o)
    {
        w.WriteStartObject("yAxis"u8);
        w.WriteOptional("unit"u8, o.YAxisUnit?.Id);
        w.WriteOptional("reverse"u8, o.YAxisReverse);
        w.WriteOptional("decimals"u8, o.YAxisDecimals);
        w.WriteString("axisPlacement"u8, GrafanaNames.Of(o.YAxis.Placement ?? AxisPlacement.Left));
        w.WriteOptional("axisLabel"u8, o.YAxis.Label);
        w.WriteOptional("axisWidth"u8, o.YAxis.Width);
        w.WriteOptional("axisSoftMin"u8, o.YAxis.SoftMin);
        w.WriteOptional("axisSoftMax"u8, o.YAxis.SoftMax);
        WriteScaleDistribution(w, o.YAxis.Scale);
        w.WriteEndObject();
    }

    private static void WriteNodeGraphArcs(GrafanaJsonWriter w, NodeGraphOptions o)
    {
        if (o.Arcs.IsDefaultOrEmpty) return;
        w.WriteStartArray("arcs"u8);
        foreach (var arc in o.Arcs)
        {
            w.WriteStartObject();
            w.WriteString("field"u8, arc.Field);
            w.WriteString("color"u8, arc.Color.Value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>The code block only in code mode.</summary>
    private static void WriteTextCode(GrafanaJsonWriter w, TextOptions o)
    {
        if (o.Mode != TextMode.Code) return;
        w.WriteStartObject("code"u8);
        w.WriteString("language"u8, GrafanaNames.Of(o.Language));
        w.WriteBoolean("showLineNumbers"u8, o.ShowLineNumbers);
        w.WriteBoolean("showMiniMap"u8, o.ShowMiniMap);
        w.WriteEndObject();
    }

    /// <summary>The pie chart's legend also lists the values to show, after the calcs.</summary>
    private static void WritePieChartLegend(GrafanaJsonWriter w, PieChartOptions o)
    {
        var l = o.Legend;
        w.WriteStartObject("legend"u8);
        w.WriteString("displayMode"u8, GrafanaNames.Of(l.DisplayMode));
        w.WriteString("placement"u8, GrafanaNames.Of(l.Placement));
        w.WriteBoolean("showLegend"u8, l.ShowLegend);
        WriteReducers(w, "calcs"u8, l.Calcs);
        w.WriteStartArray("values"u8);
        foreach (var value in OrEmpty(o.LegendValues)) w.WriteStringValue(GrafanaNames.Of(value));
        w.WriteEndArray();
        w.WriteOptional("sortBy"u8, l.SortBy);
        w.WriteOptional("sortDesc"u8, l.SortDescending);
        w.WriteOptional("width"u8, l.Width);
        w.WriteEndObject();
    }

    private static void WritePieChartHideFrom(GrafanaJsonWriter w, PieChartFieldConfig o)
    {
        w.WritePropertyName("hideFrom"u8);
        WriteHideFrom(w, legend: false, tooltip: false, viz: false);
    }

    private static void WriteAxisScale(GrafanaJsonWriter w, AxisOptions o) => WriteScaleDistribution(w, o.Scale);

    /// <summary>Grafana stores the bar alignment as -1, 0 or 1, and only for bars.</summary>
    private static void WriteGraphStyleBarAlignment(GrafanaJsonWriter w, GraphStyle o)
    {
        if (o.DrawStyle == DrawStyle.Bars && o.BarAlignment is { } alignment) w.WriteNumber("barAlignment"u8, (int)alignment);
    }

    private static void WriteGraphStyleStacking(GrafanaJsonWriter w, GraphStyle o)
    {
        if (o.Stacking is not { } stacking) return;
        w.WritePropertyName("stacking"u8);
        WriteStacking(w, stacking);
    }
}
