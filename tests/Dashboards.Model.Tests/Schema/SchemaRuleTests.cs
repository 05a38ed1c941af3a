using Dashboards.Model.Schema;

namespace Dashboards.Model.Tests.Schema;

/// <summary>One broken input per schema rule: each must give exactly one error, at the exact path, with a helpful message.</summary>
public class SchemaRuleTests
{
    // Panel indexes in SchemaFixtures.AllPanels.
    private const string TimeSeries = "panels[1]", Stat = "panels[2]", Gauge = "panels[3]", BarGauge = "panels[4]",
        Table = "panels[5]", PieChart = "panels[6]", Heatmap = "panels[7]", NodeGraph = "panels[8]", Text = "panels[9]",
        Logs = "panels[10]", BarChart = "panels[11]", StateTimeline = "panels[12]", CollapsedRow = "panels[13]";

    private const string UidHint = " (1 to 40 letters, digits, '-' or '_')";

    /// <summary>edit path, new JSON value (null = remove), expected error path, expected message.</summary>
    public static TheoryData<string, string?, string, string> Rules => new()
    {
        // Dashboard level.
        { "uid", "\"cost tracking!\"", "$.uid", "value 'cost tracking!' does not match the pattern ^[A-Za-z0-9_-]{1,40}$" + UidHint },
        { "uid", "\"" + new string('a', 41) + "\"", "$.uid", "value '" + new string('a', 41) + "' does not match the pattern ^[A-Za-z0-9_-]{1,40}$" + UidHint },
        { "uid", null, "$.uid", "required property 'uid' is missing" },
        { "title", "\"\"", "$.title", "must not be empty" },
        { "time.to", null, "$.time.to", "required property 'to' is missing" },
        { "graphTooltip", "3", "$.graphTooltip", "value 3 is greater than maximum 2 (0 no sync, 1 shared crosshair, 2 shared crosshair and tooltip)" },
        { "fiscalYearStartMonth", "12", "$.fiscalYearStartMonth", "value 12 is greater than maximum 11 (0 = January)" },
        { "schemaVersion", "\"41\"", "$.schemaVersion", "expected an integer, got string '41'" },
        { "refresh", "\"5 minutes\"", "$.refresh", "value '5 minutes' does not match the pattern ^([0-9]+(ms|s|m|h|d|w|M|y))?$ (a Grafana interval such as '30s' or '5m', or empty for off)" },
        { "weekStart", "\"friday\"", "$.weekStart", "value 'friday' is not one of: '', saturday, sunday, monday" },
        { "tags[1]", "\"\"", "$.tags[1]", "must not be empty" },
        { "links[0].type", "\"url\"", "$.links[0].type", "value 'url' is not one of: link, dashboards" },
        { "annotations.list[0].iconColor", null, "$.annotations.list[0].iconColor", "required property 'iconColor' is missing" },
        { "annotations.list[0].enable", "\"yes\"", "$.annotations.list[0].enable", "expected a boolean, got string 'yes'" },

        // Variables.
        { "templating.list[0].type", "\"list\"", "$.templating.list[0].type", "value 'list' is not one of: query, custom, interval, datasource, constant, textbox, adhoc, groupby, switch" },
        { "templating.list[0].name", "\"1job\"", "$.templating.list[0].name", "value '1job' does not match the pattern ^(?!__)[A-Za-z_][A-Za-z0-9_]*$ (letters, digits and '_', not starting with a digit or '__')" },
        { "templating.list[0].hide", "4", "$.templating.list[0].hide", "value 4 is greater than maximum 3 (0 label and value, 1 value only, 2 nothing, 3 in the controls menu)" },
        { "templating.list[0].refresh", "-1", "$.templating.list[0].refresh", "value -1 is less than minimum 0 (0 never, 1 on dashboard load, 2 on time range change)" },
        { "templating.list[0].sort", "9", "$.templating.list[0].sort", "value 9 is greater than maximum 8" },
        { "templating.list[1].current.value", "5", "$.templating.list[1].current.value", "expected array or string, got number 5" },

        // Common panel fields.
        { "panels[2].type", "\"graph\"", "$.panels[2].type", "value 'graph' is not one of: row, timeseries, stat, gauge, bargauge, table, piechart, heatmap, nodeGraph, text, logs, barchart, state-timeline, histogram, trend, status-history, ... (11 more)" },
        { "panels[2].id", "0", "$.panels[2].id", "value 0 is less than minimum 1" },
        { Stat + ".gridPos.w", "30", "$.panels[2].gridPos.w", "value 30 is greater than maximum 24 (the grid is 24 columns wide)" },
        { Stat + ".gridPos.h", "0", "$.panels[2].gridPos.h", "value 0 is less than minimum 1" },
        { Stat + ".gridPos.x", "24", "$.panels[2].gridPos.x", "value 24 is greater than maximum 23" },
        { Stat + ".gridPos.y", null, "$.panels[2].gridPos.y", "required property 'y' is missing" },
        { Stat + ".gridPos.w", "6.5", "$.panels[2].gridPos.w", "expected an integer, got number 6.5 (the grid is 24 columns wide)" },
        { Stat + ".datasource", "\"prometheus\"", "$.panels[2].datasource", "expected an object, got string 'prometheus'" },
        { TimeSeries + ".repeatDirection", "\"x\"", "$.panels[1].repeatDirection", "value 'x' is not one of: h, v" },
        { TimeSeries + ".transformations[0].options", null, "$.panels[1].transformations[0].options", "required property 'options' is missing" },

        // Targets.
        { TimeSeries + ".targets[0].refId", null, "$.panels[1].targets[0].refId", "required property 'refId' is missing" },
        { TimeSeries + ".targets[0].refId", "\"1A\"", "$.panels[1].targets[0].refId", "value '1A' does not match the pattern ^[A-Za-z][A-Za-z0-9_-]{0,63}$ (a letter, then letters, digits, '-' or '_')" },
        { TimeSeries + ".targets[0].format", "\"timeseries\"", "$.panels[1].targets[0].format", "value 'timeseries' is not one of: time_series, table, heatmap" },
        { TimeSeries + ".targets[0].instant", "\"false\"", "$.panels[1].targets[0].instant", "expected a boolean, got string 'false'" },
        { TimeSeries + ".targets[0].editorMode", "\"text\"", "$.panels[1].targets[0].editorMode", "value 'text' is not one of: builder, code" },
        { TimeSeries + ".targets[0].expr", "42", "$.panels[1].targets[0].expr", "expected a string, got number 42" },
        { NodeGraph + ".targets[0].filters[0].scope", "\"global\"", "$.panels[8].targets[0].filters[0].scope", "value 'global' is not one of: intrinsic, unscoped, event, instrumentation, link, resource, span" },
        { NodeGraph + ".targets[0].tableType", "\"rows\"", "$.panels[8].targets[0].tableType", "value 'rows' is not one of: traces, spans, raw" },
        { Logs + ".targets[0].maxLines", "0", "$.panels[10].targets[0].maxLines", "value 0 is less than minimum 1" },

        // fieldConfig.
        { Stat + ".fieldConfig.overrides", null, "$.panels[2].fieldConfig.overrides", "required property 'overrides' is missing" },
        { TimeSeries + ".fieldConfig.defaults.decimals", "\"2\"", "$.panels[1].fieldConfig.defaults.decimals", "expected an integer, got string '2'" },
        { TimeSeries + ".fieldConfig.defaults.decimals", "21", "$.panels[1].fieldConfig.defaults.decimals", "value 21 is greater than maximum 20" },
        { TimeSeries + ".fieldConfig.defaults.min", "true", "$.panels[1].fieldConfig.defaults.min", "expected null or number, got boolean true" },
        { TimeSeries + ".fieldConfig.defaults.unit", "5", "$.panels[1].fieldConfig.defaults.unit", "expected a string, got number 5" },
        { TimeSeries + ".fieldConfig.defaults.thresholds.steps[1].color", null, "$.panels[1].fieldConfig.defaults.thresholds.steps[1].color", "required property 'color' is missing" },
        { TimeSeries + ".fieldConfig.defaults.thresholds.steps[1].value", "null", "$.panels[1].fieldConfig.defaults.thresholds.steps[1].value", "expected a number, got null" },
        { TimeSeries + ".fieldConfig.defaults.thresholds.steps[0].value", "5", "$.panels[1].fieldConfig.defaults.thresholds.steps[0].value", "expected null, got number 5 (the first step is the base and stands for minus infinity)" },
        { TimeSeries + ".fieldConfig.defaults.thresholds.steps", "[]", "$.panels[1].fieldConfig.defaults.thresholds.steps", "has 0 item(s), needs at least 1" },
        { TimeSeries + ".fieldConfig.defaults.thresholds.mode", "\"relative\"", "$.panels[1].fieldConfig.defaults.thresholds.mode", "value 'relative' is not one of: absolute, percentage" },
        { TimeSeries + ".fieldConfig.defaults.color.mode", "\"palette\"", "$.panels[1].fieldConfig.defaults.color.mode", "value 'palette' is not one of: thresholds, palette-classic, palette-classic-by-name, continuous-GrYlRd, continuous-RdYlGr, continuous-BlYlRd, continuous-YlRd, continuous-BlPu, continuous-YlBl, continuous-blues, continuous-reds, continuous-greens, continuous-purples, continuous-viridis, continuous-magma, continuous-plasma, ... (9 more)" },
        { TimeSeries + ".fieldConfig.defaults.color.seriesBy", "\"mean\"", "$.panels[1].fieldConfig.defaults.color.seriesBy", "value 'mean' is not one of: min, max, last" },
        { TimeSeries + ".fieldConfig.defaults.mappings[0].type", "\"values\"", "$.panels[1].fieldConfig.defaults.mappings[0].type", "value 'values' is not one of: value, range, regex, special" },
        { TimeSeries + ".fieldConfig.defaults.mappings[1].options.from", "\"low\"", "$.panels[1].fieldConfig.defaults.mappings[1].options.from", "expected null or number, got string 'low'" },
        { TimeSeries + ".fieldConfig.defaults.mappings[1].options.result", null, "$.panels[1].fieldConfig.defaults.mappings[1].options.result", "required property 'result' is missing" },
        { TimeSeries + ".fieldConfig.defaults.mappings[2].options.pattern", "\"\"", "$.panels[1].fieldConfig.defaults.mappings[2].options.pattern", "must not be empty" },
        { TimeSeries + ".fieldConfig.defaults.mappings[3].options.match", "\"NaN\"", "$.panels[1].fieldConfig.defaults.mappings[3].options.match", "value 'NaN' is not one of: true, false, null, nan, null+nan, empty" },
        { TimeSeries + ".fieldConfig.defaults.mappings[0].options.0.index", "\"0\"", "$.panels[1].fieldConfig.defaults.mappings[0].options.0.index", "expected an integer, got string '0'" },
        { TimeSeries + ".fieldConfig.overrides[0].matcher.id", "\"byField\"", "$.panels[1].fieldConfig.overrides[0].matcher.id", "value 'byField' is not one of: byName, byRegexp, byType, byFrameRefID, byValue, byNames, byRegexpOrNames, numeric, time, first, firstTimeField" },
        { TimeSeries + ".fieldConfig.overrides[0].properties[0].id", null, "$.panels[1].fieldConfig.overrides[0].properties[0].id", "required property 'id' is missing" },

        // Time series options and custom field config.
        { TimeSeries + ".options.legend", null, "$.panels[1].options.legend", "required property 'legend' is missing" },
        { TimeSeries + ".options.tooltip.mode", "\"all\"", "$.panels[1].options.tooltip.mode", "value 'all' is not one of: single, multi, none" },
        { TimeSeries + ".options.legend.displayMode", "\"grid\"", "$.panels[1].options.legend.displayMode", "value 'grid' is not one of: list, table, hidden" },
        { TimeSeries + ".options.legend.placement", "\"top\"", "$.panels[1].options.legend.placement", "value 'top' is not one of: bottom, right" },
        { TimeSeries + ".options.legend.calcs[0]", "\"avg\"", "$.panels[1].options.legend.calcs[0]", "value 'avg' is not one of: sum, max, min, logmin, mean, variance, stdDev, last, median, first, count, countAll, range, diff, diffperc, delta, ... (108 more)" },
        { TimeSeries + ".options", null, "$.panels[1].options", "required property 'options' is missing" },
        { TimeSeries + ".fieldConfig.defaults.custom.drawStyle", "\"lines\"", "$.panels[1].fieldConfig.defaults.custom.drawStyle", "value 'lines' is not one of: line, bars, points" },
        { TimeSeries + ".fieldConfig.defaults.custom.lineInterpolation", "\"curved\"", "$.panels[1].fieldConfig.defaults.custom.lineInterpolation", "value 'curved' is not one of: linear, smooth, stepBefore, stepAfter" },
        { TimeSeries + ".fieldConfig.defaults.custom.stacking.mode", "\"stacked\"", "$.panels[1].fieldConfig.defaults.custom.stacking.mode", "value 'stacked' is not one of: none, normal, percent" },
        { TimeSeries + ".fieldConfig.defaults.custom.thresholdsStyle.mode", "\"dotted\"", "$.panels[1].fieldConfig.defaults.custom.thresholdsStyle.mode", "value 'dotted' is not one of: off, line, dashed, area, line+area, dashed+area, series" },
        { TimeSeries + ".fieldConfig.defaults.custom.fillOpacity", "150", "$.panels[1].fieldConfig.defaults.custom.fillOpacity", "value 150 is greater than maximum 100" },
        { TimeSeries + ".fieldConfig.defaults.custom.axisPlacement", "\"center\"", "$.panels[1].fieldConfig.defaults.custom.axisPlacement", "value 'center' is not one of: auto, top, right, bottom, left, hidden" },
        { TimeSeries + ".fieldConfig.defaults.custom.spanNulls", "\"yes\"", "$.panels[1].fieldConfig.defaults.custom.spanNulls", "expected boolean or number, got string 'yes'" },
        { TimeSeries + ".fieldConfig.defaults.custom.barAlignment", "2", "$.panels[1].fieldConfig.defaults.custom.barAlignment", "value 2 is not one of: -1, 0, 1" },
        { TimeSeries + ".fieldConfig.defaults.custom.hideFrom.viz", null, "$.panels[1].fieldConfig.defaults.custom.hideFrom.viz", "required property 'viz' is missing" },

        // The other panels' options.
        { Stat + ".options.graphMode", "\"bars\"", "$.panels[2].options.graphMode", "value 'bars' is not one of: none, line, area" },
        { Stat + ".options.colorMode", "\"solid\"", "$.panels[2].options.colorMode", "value 'solid' is not one of: value, background, background_solid, none" },
        { Stat + ".options.textMode", "\"title\"", "$.panels[2].options.textMode", "value 'title' is not one of: auto, value, value_and_name, name, none" },
        { Stat + ".options.reduceOptions.calcs", null, "$.panels[2].options.reduceOptions.calcs", "required property 'calcs' is missing" },
        { Stat + ".options.reduceOptions", null, "$.panels[2].options.reduceOptions", "required property 'reduceOptions' is missing" },
        { Gauge + ".options.reduceOptions.calcs", "\"mean\"", "$.panels[3].options.reduceOptions.calcs", "expected an array, got string 'mean'" },
        { Gauge + ".options.sizing", "\"fixed\"", "$.panels[3].options.sizing", "value 'fixed' is not one of: auto, manual" },
        { BarGauge + ".options.displayMode", "\"bar\"", "$.panels[4].options.displayMode", "value 'bar' is not one of: basic, lcd, gradient" },
        { BarGauge + ".options.namePlacement", "\"right\"", "$.panels[4].options.namePlacement", "value 'right' is not one of: auto, top, left, hidden" },
        { Table + ".options.cellHeight", "\"xl\"", "$.panels[5].options.cellHeight", "value 'xl' is not one of: sm, md, lg, auto" },
        { Table + ".fieldConfig.defaults.custom.cellOptions.type", "\"bar\"", "$.panels[5].fieldConfig.defaults.custom.cellOptions.type", "value 'bar' is not one of: auto, color-text, color-background, gauge, sparkline, image, json-view, data-links, actions, pill, markdown, geo" },
        { Table + ".fieldConfig.defaults.custom.align", "\"justify\"", "$.panels[5].fieldConfig.defaults.custom.align", "value 'justify' is not one of: auto, left, right, center" },
        { PieChart + ".options.pieType", "\"ring\"", "$.panels[6].options.pieType", "value 'ring' is not one of: pie, donut" },
        { PieChart + ".options.legend.values[0]", "\"name\"", "$.panels[6].options.legend.values[0]", "value 'name' is not one of: value, percent" },
        { Heatmap + ".options.color.mode", "\"spectrum\"", "$.panels[7].options.color.mode", "value 'spectrum' is not one of: opacity, scheme" },
        { Heatmap + ".options.color.steps", "256", "$.panels[7].options.color.steps", "value 256 is greater than maximum 128" },
        { Heatmap + ".options.cellGap", "-1", "$.panels[7].options.cellGap", "value -1 is less than minimum 0" },
        { NodeGraph + ".options.zoomMode", "\"lazy\"", "$.panels[8].options.zoomMode", "value 'lazy' is not one of: cooperative, greedy" },
        { Text + ".options.mode", "\"rst\"", "$.panels[9].options.mode", "value 'rst' is not one of: markdown, html, code" },
        { Logs + ".options.sortOrder", "\"descending\"", "$.panels[10].options.sortOrder", "value 'descending' is not one of: Descending, Ascending" },
        { Logs + ".options.dedupStrategy", "\"all\"", "$.panels[10].options.dedupStrategy", "value 'all' is not one of: none, exact, numbers, signature" },
        { BarChart + ".options.stacking", "\"stacked\"", "$.panels[11].options.stacking", "value 'stacked' is not one of: none, normal, percent" },
        { BarChart + ".options.xTickLabelRotation", "120", "$.panels[11].options.xTickLabelRotation", "value 120 is greater than maximum 90" },
        { BarChart + ".options.tooltip", null, "$.panels[11].options.tooltip", "required property 'tooltip' is missing" },
        { StateTimeline + ".options.alignValue", "\"middle\"", "$.panels[12].options.alignValue", "value 'middle' is not one of: left, center, right" },
        { StateTimeline + ".fieldConfig.defaults.custom.fillOpacity", "101", "$.panels[12].fieldConfig.defaults.custom.fillOpacity", "value 101 is greater than maximum 100" },

        // Panel types added through the generated model (issue 13): the spec's enums and ranges, Grafana's types.
        { "panels[14].fieldConfig.defaults.custom.fillOpacity", "150", "$.panels[14].fieldConfig.defaults.custom.fillOpacity", "value 150 is greater than maximum 100" },
        { "panels[14].options.bucketCount", "0", "$.panels[14].options.bucketCount", "value 0 is less than minimum 1" },
        { "panels[17].fieldConfig.defaults.custom.show", "\"dots\"", "$.panels[17].fieldConfig.defaults.custom.show", "value 'dots' is not one of: points, lines, points+lines" },
        { "panels[18].options.mode", "\"bars\"", "$.panels[18].options.mode", "value 'bars' is not one of: candles+volume, candles, volume" },
        { "panels[18].options.colors.up", "1", "$.panels[18].options.colors.up", "expected a string, got number 1" },
        { "panels[19].options.tags", "\"llm\"", "$.panels[19].options.tags", "expected an array, got string 'llm'" },
        { "panels[20].options.sortOrder", "9", "$.panels[20].options.sortOrder", "value 9 is not one of: 1, 2, 3, 4, 5" },
        { "panels[20].options.stateFilter.firing", "\"yes\"", "$.panels[20].options.stateFilter.firing", "expected a boolean, got string 'yes'" },
        { "panels[21].options.limit", "0", "$.panels[21].options.limit", "value 0 is less than minimum 1" },
        { "panels[25].options.selectedSeries", "-1", "$.panels[25].options.selectedSeries", "value -1 is less than minimum 0" },

        { "panels[26].options.view.id", "\"center\"", "$.panels[26].options.view.id", "value 'center' is not one of: zero, coords, fit" },
        { "panels[26].options.view.lat", "91", "$.panels[26].options.view.lat", "value 91 is greater than maximum 90" },
        { "panels[26].options.tooltip.mode", "\"multi\"", "$.panels[26].options.tooltip.mode", "value 'multi' is not one of: details, none" },
        { "panels[27].options.panZoom", "\"on\"", "$.panels[27].options.panZoom", "expected a boolean, got string 'on'" },

        // Rows.
        { CollapsedRow + ".panels", null, "$.panels[13].panels", "required property 'panels' is missing" },
        { CollapsedRow + ".collapsed", "1", "$.panels[13].collapsed", "expected a boolean, got number 1" },
        { CollapsedRow + ".panels[0].options.mode", "\"rst\"", "$.panels[13].panels[0].options.mode", "value 'rst' is not one of: markdown, html, code" },
        { CollapsedRow + ".panels[0].gridPos.w", "25", "$.panels[13].panels[0].gridPos.w", "value 25 is greater than maximum 24 (the grid is 24 columns wide)" },
        { CollapsedRow + ".panels[1]", """{"type":"row","id":99,"title":"Inner","gridPos":{"h":1,"w":24,"x":0,"y":46},"panels":[]}""", "$.panels[13].panels[1].type", "value 'row' is not allowed here (rows cannot be nested)" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_reports_one_error_at_the_exact_path(string editPath, string? newValue, string expectedPath, string expectedMessage)
    {
        var json = JsonEdit.Apply(SchemaFixtures.AllPanels, editPath, newValue);

        var errors = SchemaValidator.Validate("Cost Tracking", json);

        var error = Assert.Single(errors);
        Assert.Equal(new SchemaError("Cost Tracking", expectedPath, expectedMessage), error);
    }
}
