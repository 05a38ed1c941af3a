namespace Dashboards.Model.Json;

// Panel "options" per plugin, as in Grafana's panelcfg schemas.
internal static partial class DashboardJsonEmitter
{
    private static void WriteOptions(GrafanaJsonWriter w, Panel panel)
    {
        w.WriteStartObject("options"u8);
        switch (panel)
        {
            case TimeSeriesPanel p:
                WriteLegend(w, p.LegendOptions);
                WriteTooltip(w, p.TooltipOptions);
                break;
            case StatPanel p:
                WriteReduce(w, p.Options.Reduce);
                w.WriteString("orientation"u8, GrafanaNames.Of(p.Options.Orientation));
                w.WriteString("graphMode"u8, GrafanaNames.Of(p.Options.GraphMode));
                w.WriteString("colorMode"u8, GrafanaNames.Of(p.Options.ColorMode));
                w.WriteString("justifyMode"u8, GrafanaNames.Of(p.Options.JustifyMode));
                w.WriteString("textMode"u8, GrafanaNames.Of(p.Options.TextMode));
                w.WriteBoolean("wideLayout"u8, p.Options.WideLayout);
                w.WriteBoolean("showPercentChange"u8, p.Options.ShowPercentChange);
                w.WriteString("percentChangeColorMode"u8, GrafanaNames.Of(p.Options.PercentChangeColorMode));
                WriteTextSizes(w, p.Options.Text);
                break;
            case GaugePanel p:
                WriteReduce(w, p.Options.Reduce);
                w.WriteString("orientation"u8, GrafanaNames.Of(p.Options.Orientation));
                w.WriteBoolean("showThresholdLabels"u8, p.Options.ShowThresholdLabels);
                w.WriteBoolean("showThresholdMarkers"u8, p.Options.ShowThresholdMarkers);
                w.WriteString("sizing"u8, GrafanaNames.Of(p.Options.Sizing));
                w.WriteNumber("minVizWidth"u8, p.Options.MinVizWidth);
                w.WriteNumber("minVizHeight"u8, p.Options.MinVizHeight);
                WriteTextSizes(w, p.Options.Text);
                break;
            case BarGaugePanel p:
                WriteReduce(w, p.Options.Reduce);
                w.WriteString("orientation"u8, GrafanaNames.Of(p.Options.Orientation));
                w.WriteString("displayMode"u8, GrafanaNames.Of(p.Options.DisplayMode));
                w.WriteString("valueMode"u8, GrafanaNames.Of(p.Options.ValueMode));
                w.WriteString("namePlacement"u8, GrafanaNames.Of(p.Options.NamePlacement));
                w.WriteBoolean("showUnfilled"u8, p.Options.ShowUnfilled);
                w.WriteString("sizing"u8, GrafanaNames.Of(p.Options.Sizing));
                w.WriteNumber("minVizWidth"u8, p.Options.MinVizWidth);
                w.WriteNumber("minVizHeight"u8, p.Options.MinVizHeight);
                w.WriteNumber("maxVizHeight"u8, p.Options.MaxVizHeight);
                WriteLegend(w, p.Options.Legend);
                WriteTextSizes(w, p.Options.Text);
                break;
            case TablePanel p:
                WriteTableOptions(w, p.Options);
                break;
            case PieChartPanel p:
                WriteReduce(w, p.Options.Reduce);
                w.WriteString("orientation"u8, GrafanaNames.Of(p.Options.Orientation));
                w.WriteString("pieType"u8, GrafanaNames.Of(p.Options.PieType));
                w.WriteStartArray("displayLabels"u8);
                foreach (var label in OrEmpty(p.Options.DisplayLabels)) w.WriteStringValue(GrafanaNames.Of(label));
                w.WriteEndArray();
                WriteLegend(w, p.Options.Legend, p.Options.LegendValues);
                WriteTooltip(w, p.Options.Tooltip);
                WriteTextSizes(w, p.Options.Text);
                break;
            case HeatmapPanel p:
                WriteHeatmapOptions(w, p.Options);
                break;
            case NodeGraphPanel p:
                w.WriteStartObject("nodes"u8);
                w.WriteOptional("mainStatUnit"u8, p.Options.NodeMainStatUnit?.Id);
                w.WriteOptional("secondaryStatUnit"u8, p.Options.NodeSecondaryStatUnit?.Id);
                if (!p.Options.Arcs.IsDefaultOrEmpty)
                {
                    w.WriteStartArray("arcs"u8);
                    foreach (var arc in p.Options.Arcs)
                    {
                        w.WriteStartObject();
                        w.WriteString("field"u8, arc.Field);
                        w.WriteString("color"u8, arc.Color.Value);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                w.WriteEndObject();
                w.WriteStartObject("edges"u8);
                w.WriteOptional("mainStatUnit"u8, p.Options.EdgeMainStatUnit?.Id);
                w.WriteOptional("secondaryStatUnit"u8, p.Options.EdgeSecondaryStatUnit?.Id);
                w.WriteEndObject();
                if (p.Options.ZoomMode is { } zoom) w.WriteString("zoomMode"u8, GrafanaNames.Of(zoom));
                break;
            case TextPanel p:
                w.WriteString("mode"u8, GrafanaNames.Of(p.Mode));
                if (p.Mode == TextMode.Code)
                {
                    w.WriteStartObject("code"u8);
                    w.WriteString("language"u8, GrafanaNames.Of(p.Language));
                    w.WriteBoolean("showLineNumbers"u8, p.ShowLineNumbers);
                    w.WriteBoolean("showMiniMap"u8, p.ShowMiniMap);
                    w.WriteEndObject();
                }
                w.WriteString("content"u8, p.Content);
                break;
            case LogsPanel p:
                w.WriteBoolean("showTime"u8, p.Options.ShowTime);
                w.WriteBoolean("showLabels"u8, p.Options.ShowLabels);
                w.WriteBoolean("showCommonLabels"u8, p.Options.ShowCommonLabels);
                w.WriteBoolean("wrapLogMessage"u8, p.Options.WrapLogMessage);
                w.WriteBoolean("prettifyLogMessage"u8, p.Options.PrettifyLogMessage);
                w.WriteBoolean("enableLogDetails"u8, p.Options.EnableLogDetails);
                w.WriteBoolean("showLogContextToggle"u8, p.Options.ShowLogContextToggle);
                w.WriteOptional("enableInfiniteScrolling"u8, p.Options.EnableInfiniteScrolling);
                w.WriteString("sortOrder"u8, GrafanaNames.Of(p.Options.SortOrder));
                w.WriteString("dedupStrategy"u8, GrafanaNames.Of(p.Options.DedupStrategy));
                break;
            case BarChartPanel p:
                w.WriteOptional("xField"u8, p.Options.XField);
                w.WriteOptional("colorByField"u8, p.Options.ColorByField);
                w.WriteString("orientation"u8, GrafanaNames.Of(p.Options.Orientation));
                w.WriteOptional("barRadius"u8, p.Options.BarRadius);
                w.WriteNumber("xTickLabelRotation"u8, p.Options.XTickLabelRotation);
                w.WriteNumber("xTickLabelMaxLength"u8, p.Options.XTickLabelMaxLength);
                w.WriteOptional("xTickLabelSpacing"u8, p.Options.XTickLabelSpacing);
                w.WriteString("stacking"u8, GrafanaNames.Of(p.Options.Stacking));
                w.WriteString("showValue"u8, GrafanaNames.Of(p.Options.ShowValue));
                w.WriteNumber("barWidth"u8, p.Options.BarWidth);
                w.WriteNumber("groupWidth"u8, p.Options.GroupWidth);
                w.WriteBoolean("fullHighlight"u8, p.Options.FullHighlight);
                WriteLegend(w, p.Options.Legend);
                WriteTooltip(w, p.Options.Tooltip);
                WriteTextSizes(w, p.Options.Text);
                break;
            case StateTimelinePanel p:
                w.WriteString("showValue"u8, GrafanaNames.Of(p.Options.ShowValue));
                w.WriteNumber("rowHeight"u8, p.Options.RowHeight);
                w.WriteBoolean("mergeValues"u8, p.Options.MergeValues);
                w.WriteString("alignValue"u8, GrafanaNames.Of(p.Options.AlignValue));
                w.WriteOptional("perPage"u8, p.Options.PerPage);
                WriteLegend(w, p.Options.Legend);
                WriteTooltip(w, p.Options.Tooltip);
                break;
            default:
                throw new NotSupportedException($"Panel type {panel.GetType().Name} has no JSON mapping.");
        }
        w.WriteEndObject();
    }

    private static void WriteTableOptions(GrafanaJsonWriter w, TableOptions o)
    {
        w.WriteBoolean("showHeader"u8, o.ShowHeader);
        w.WriteNumber("frameIndex"u8, o.FrameIndex);
        w.WriteOptional("showTypeIcons"u8, o.ShowTypeIcons);
        w.WriteStartArray("sortBy"u8);
        foreach (var sort in OrEmpty(o.SortBy))
        {
            w.WriteStartObject();
            w.WriteString("displayName"u8, sort.DisplayName);
            w.WriteBoolean("desc"u8, sort.Descending);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (o.Footer is { } footer)
        {
            w.WriteStartObject("footer"u8);
            w.WriteBoolean("show"u8, true);
            WriteReducers(w, "reducer"u8, footer.Reducers);
            if (!footer.Fields.IsDefaultOrEmpty) w.WriteStrings("fields"u8, footer.Fields);
            w.WriteTrueOrOmit("countRows"u8, footer.CountRows);
            w.WriteTrueOrOmit("enablePagination"u8, footer.EnablePagination);
            w.WriteEndObject();
        }
        if (o.CellHeight is { } height) w.WriteString("cellHeight"u8, GrafanaNames.Of(height));
    }

    private static void WriteHeatmapOptions(GrafanaJsonWriter w, HeatmapOptions o)
    {
        w.WriteBoolean("calculate"u8, o.Calculate);
        w.WriteStartObject("color"u8);
        w.WriteString("mode"u8, GrafanaNames.Of(o.Color.Mode));
        w.WriteString("scheme"u8, o.Color.Scheme);
        w.WriteString("fill"u8, o.Color.Fill.Value);
        w.WriteString("scale"u8, GrafanaNames.Of(o.Color.Scale));
        w.WriteNumber("exponent"u8, o.Color.Exponent);
        w.WriteNumber("steps"u8, o.Color.Steps);
        w.WriteBoolean("reverse"u8, o.Color.Reverse);
        w.WriteOptional("min"u8, o.Color.Min);
        w.WriteOptional("max"u8, o.Color.Max);
        w.WriteEndObject();
        if (o.RowsLayout is { } layout)
        {
            w.WriteStartObject("rowsFrame"u8);
            w.WriteString("layout"u8, GrafanaNames.Of(layout));
            w.WriteEndObject();
        }
        w.WriteString("showValue"u8, GrafanaNames.Of(o.ShowValue));
        w.WriteNumber("cellGap"u8, o.CellGap);
        if (o.CellUnit is not null || o.CellDecimals is not null)
        {
            w.WriteStartObject("cellValues"u8);
            w.WriteOptional("unit"u8, o.CellUnit?.Id);
            w.WriteOptional("decimals"u8, o.CellDecimals);
            w.WriteEndObject();
        }
        w.WriteStartObject("yAxis"u8);
        w.WriteOptional("unit"u8, o.YAxisUnit?.Id);
        w.WriteOptional("reverse"u8, o.YAxisReverse);
        w.WriteOptional("decimals"u8, o.YAxisDecimals);
        w.WriteString("axisPlacement"u8, GrafanaNames.Of(o.YAxis.PlacementValue ?? AxisPlacement.Left));
        w.WriteOptional("axisLabel"u8, o.YAxis.LabelValue);
        w.WriteOptional("axisWidth"u8, o.YAxis.WidthValue);
        w.WriteOptional("axisSoftMin"u8, o.YAxis.SoftMinValue);
        w.WriteOptional("axisSoftMax"u8, o.YAxis.SoftMaxValue);
        WriteScaleDistribution(w, o.YAxis.ScaleValue);
        w.WriteEndObject();
        w.WriteStartObject("legend"u8);
        w.WriteBoolean("show"u8, o.ShowLegend);
        w.WriteEndObject();
        w.WriteStartObject("tooltip"u8);
        w.WriteString("mode"u8, GrafanaNames.Of(o.TooltipMode));
        w.WriteBoolean("yHistogram"u8, o.TooltipYHistogram);
        w.WriteBoolean("showColorScale"u8, o.TooltipShowColorScale);
        w.WriteEndObject();
        w.WriteStartObject("exemplars"u8);
        w.WriteString("color"u8, o.ExemplarColor.Value);
        w.WriteEndObject();
    }

    // ---- shared option groups ----

    private static void WriteLegend(GrafanaJsonWriter w, LegendOptions l) => w.WriteRemembered("legend"u8, l, WriteLegendValue);

    private static void WriteLegendValue(GrafanaJsonWriter w, LegendOptions l)
    {
        WriteLegendHead(w, l);
        WriteLegendTail(w, l);
    }

    /// <summary>The pie chart's legend also lists the values to show, after the calcs.</summary>
    private static void WriteLegend(GrafanaJsonWriter w, LegendOptions l, ImmutableArray<PieChartLegendValue> values)
    {
        w.WritePropertyName("legend"u8);
        WriteLegendHead(w, l);
        w.WriteStartArray("values"u8);
        foreach (var value in OrEmpty(values)) w.WriteStringValue(GrafanaNames.Of(value));
        w.WriteEndArray();
        WriteLegendTail(w, l);
    }

    /// <summary>Opens the legend object (the property name is written before) and writes the fields before <c>values</c>.</summary>
    private static void WriteLegendHead(GrafanaJsonWriter w, LegendOptions l)
    {
        w.WriteStartObject();
        w.WriteString("displayMode"u8, GrafanaNames.Of(l.DisplayMode));
        w.WriteString("placement"u8, GrafanaNames.Of(l.PlacementValue));
        w.WriteBoolean("showLegend"u8, l.ShowLegend);
        WriteReducers(w, "calcs"u8, l.CalcsValue);
    }

    private static void WriteLegendTail(GrafanaJsonWriter w, LegendOptions l)
    {
        w.WriteOptional("sortBy"u8, l.SortByValue);
        w.WriteOptional("sortDesc"u8, l.SortDescending);
        w.WriteOptional("width"u8, l.WidthValue);
        w.WriteEndObject();
    }

    private static void WriteTooltip(GrafanaJsonWriter w, TooltipOptions t) => w.WriteRemembered("tooltip"u8, t, WriteTooltipValue);

    private static void WriteTooltipValue(GrafanaJsonWriter w, TooltipOptions t)
    {
        w.WriteStartObject();
        w.WriteString("mode"u8, GrafanaNames.Of(t.ModeValue));
        w.WriteString("sort"u8, GrafanaNames.Of(t.SortValue));
        w.WriteOptional("hideZeros"u8, t.HideZerosValue);
        w.WriteEndObject();
    }

    private static void WriteReduce(GrafanaJsonWriter w, ReduceOptions r) => w.WriteRemembered("reduceOptions"u8, r, WriteReduceValue);

    private static void WriteReduceValue(GrafanaJsonWriter w, ReduceOptions r)
    {
        w.WriteStartObject();
        w.WriteBoolean("values"u8, r.Values);
        WriteReducers(w, "calcs"u8, r.Calcs);
        w.WriteString("fields"u8, r.Fields ?? "");
        w.WriteOptional("limit"u8, r.Limit);
        w.WriteEndObject();
    }

    private static void WriteTextSizes(GrafanaJsonWriter w, TextSizes? t)
    {
        if (t is null) return;
        w.WriteStartObject("text"u8);
        w.WriteOptional("titleSize"u8, t.TitleSize);
        w.WriteOptional("valueSize"u8, t.ValueSize);
        w.WriteOptional("percentSize"u8, t.PercentSize);
        w.WriteEndObject();
    }
}
