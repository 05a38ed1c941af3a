namespace Dashboards.Model.Tests.Schema;

/// <summary>Hand-written dashboards in the Grafana 12 shape the SDK emits.</summary>
internal static class SchemaFixtures
{
    /// <summary>Only what the schema requires.</summary>
    public const string Minimal = """
{
  "uid": "minimal",
  "title": "Minimal",
  "schemaVersion": 41,
  "time": { "from": "now-6h", "to": "now" },
  "annotations": { "list": [] },
  "templating": { "list": [] },
  "panels": []
}
""";

    /// <summary>
    /// One panel of each of the 13 types, in this order: [0] row, [1] timeseries, [2] stat, [3] gauge, [4] bargauge,
    /// [5] table, [6] piechart, [7] heatmap, [8] nodeGraph, [9] text, [10] logs, [11] barchart, [12] state-timeline,
    /// [13] a collapsed row holding a text panel. Also variables, annotations, links, mappings, thresholds, overrides.
    /// </summary>
    public const string AllPanels = """
{
  "uid": "all-panels", "title": "All panels", "tags": ["demo"], "timezone": "browser", "editable": true, "graphTooltip": 1,
  "time": {"from": "now-6h", "to": "now"}, "timepicker": {"refresh_intervals": ["30s", "1m"]}, "refresh": "1m",
  "schemaVersion": 41, "version": 0, "weekStart": "monday", "fiscalYearStartMonth": 0, "liveNow": false,
  "links": [{"title": "Runbook", "type": "link", "url": "https://example.com", "icon": "external link", "tooltip": "", "tags": [], "asDropdown": false, "targetBlank": true, "includeVars": false, "keepTime": true}],
  "annotations": {"list": [{"builtIn": 1, "datasource": {"type": "grafana", "uid": "-- Grafana --"}, "enable": true, "hide": true, "iconColor": "rgba(0, 211, 255, 1)", "name": "Annotations & Alerts", "type": "dashboard"}]},
  "templating": {"list": [
    {"type": "query", "name": "job", "label": "Job", "datasource": {"type": "prometheus", "uid": "prom"}, "query": "label_values(up, job)", "refresh": 2, "sort": 1, "hide": 0, "multi": true, "includeAll": true, "current": {"text": ["All"], "value": ["$__all"]}, "options": []},
    {"type": "interval", "name": "step", "query": "1m,5m", "auto": true, "auto_min": "10s", "auto_count": 30, "current": {"text": "1m", "value": "1m"}}
  ]},
  "panels": [
    {"type": "row", "id": 1, "title": "Overview", "collapsed": false, "gridPos": {"h": 1, "w": 24, "x": 0, "y": 0}, "panels": []},
    {"type": "timeseries", "id": 2, "title": "Requests", "datasource": {"type": "prometheus", "uid": "prom"}, "gridPos": {"h": 8, "w": 12, "x": 0, "y": 1},
     "targets": [{"refId": "A", "expr": "sum(rate(http_requests_total[$__rate_interval]))", "legendFormat": "{{job}}", "format": "time_series", "range": true, "instant": false, "exemplar": true, "editorMode": "code", "interval": "30s"}],
     "transformations": [{"id": "organize", "options": {}, "disabled": false}],
     "fieldConfig": {"defaults": {"unit": "reqps", "decimals": 2, "min": 0, "max": null, "noValue": "n/a",
        "thresholds": {"mode": "absolute", "steps": [{"value": null, "color": "green"}, {"value": 80, "color": "red"}]},
        "mappings": [
          {"type": "value", "options": {"0": {"text": "idle", "color": "gray", "index": 0}}},
          {"type": "range", "options": {"from": 1, "to": null, "result": {"text": "busy"}}},
          {"type": "regex", "options": {"pattern": "^err", "result": {"color": "red"}}},
          {"type": "special", "options": {"match": "null+nan", "result": {"text": "-"}}}],
        "color": {"mode": "palette-classic", "seriesBy": "last"},
        "custom": {"drawStyle": "line", "lineInterpolation": "smooth", "lineWidth": 1, "fillOpacity": 10, "gradientMode": "opacity", "showPoints": "never", "pointSize": 5,
                   "stacking": {"mode": "normal", "group": "A"}, "thresholdsStyle": {"mode": "dashed+area"}, "axisPlacement": "auto", "axisSoftMin": 0, "barAlignment": 0,
                   "scaleDistribution": {"type": "log", "log": 2}, "hideFrom": {"tooltip": false, "legend": false, "viz": false}, "spanNulls": false, "insertNulls": false, "lineStyle": {"fill": "dash", "dash": [10, 10]}}},
      "overrides": [{"matcher": {"id": "byName", "options": "errors"}, "properties": [{"id": "color", "value": {"mode": "fixed", "fixedColor": "red"}}]}]},
     "options": {"legend": {"displayMode": "table", "placement": "right", "showLegend": true, "calcs": ["mean", "p95"]}, "tooltip": {"mode": "multi", "sort": "desc"}},
     "repeat": "job", "repeatDirection": "h", "maxPerRow": 4, "interval": "1m", "timeFrom": "1h", "timeShift": "1d"},
    {"type": "stat", "id": 3, "title": "Up", "gridPos": {"h": 4, "w": 6, "x": 12, "y": 1}, "targets": [{"refId": "A", "expr": "sum(up)", "instant": true}],
     "fieldConfig": {"defaults": {"unit": "none"}, "overrides": []},
     "options": {"reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": false}, "graphMode": "area", "colorMode": "background_solid", "justifyMode": "auto", "textMode": "value_and_name", "wideLayout": true, "showPercentChange": false, "percentChangeColorMode": "inverted", "orientation": "auto", "text": {"valueSize": 20}}},
    {"type": "gauge", "id": 4, "title": "Saturation", "gridPos": {"h": 4, "w": 6, "x": 18, "y": 1}, "targets": [{"refId": "A", "expr": "avg(x)"}],
     "fieldConfig": {"defaults": {"unit": "percentunit", "min": 0, "max": 1}, "overrides": []},
     "options": {"reduceOptions": {"calcs": ["mean"]}, "showThresholdLabels": false, "showThresholdMarkers": true, "sizing": "auto", "minVizWidth": 75, "minVizHeight": 75, "orientation": "auto"}},
    {"type": "bargauge", "id": 5, "title": "Disks", "gridPos": {"h": 4, "w": 6, "x": 12, "y": 5}, "targets": [{"refId": "A", "expr": "x"}],
     "fieldConfig": {"defaults": {}, "overrides": []},
     "options": {"reduceOptions": {"calcs": ["max"]}, "displayMode": "lcd", "valueMode": "text", "namePlacement": "left", "showUnfilled": true, "sizing": "manual", "minVizWidth": 8, "minVizHeight": 16, "maxVizHeight": 300, "orientation": "horizontal", "legend": {"displayMode": "list", "placement": "bottom", "showLegend": false, "calcs": []}}},
    {"type": "table", "id": 6, "title": "Top", "gridPos": {"h": 8, "w": 12, "x": 0, "y": 9}, "targets": [{"refId": "A", "expr": "topk(5, x)", "format": "table", "instant": true}],
     "fieldConfig": {"defaults": {"custom": {"align": "auto", "cellOptions": {"type": "color-background", "mode": "gradient"}, "inspect": false, "filterable": true, "width": 120}}, "overrides": []},
     "options": {"showHeader": true, "cellHeight": "sm", "frameIndex": 0, "sortBy": [{"displayName": "Value", "desc": true}], "footer": {"show": false, "reducer": ["sum"], "countRows": false}}},
    {"type": "piechart", "id": 7, "title": "Share", "gridPos": {"h": 8, "w": 6, "x": 12, "y": 9}, "targets": [{"refId": "A", "expr": "x"}],
     "fieldConfig": {"defaults": {"custom": {"hideFrom": {"tooltip": false, "legend": false, "viz": false}}}, "overrides": []},
     "options": {"reduceOptions": {"calcs": ["lastNotNull"]}, "pieType": "donut", "displayLabels": ["percent"], "legend": {"displayMode": "table", "placement": "right", "showLegend": true, "values": ["percent"], "calcs": []}, "tooltip": {"mode": "single", "sort": "none"}}},
    {"type": "heatmap", "id": 8, "title": "Latency", "gridPos": {"h": 8, "w": 6, "x": 18, "y": 9}, "targets": [{"refId": "A", "expr": "sum by (le) (rate(h_bucket[5m]))", "format": "heatmap"}],
     "fieldConfig": {"defaults": {"custom": {"scaleDistribution": {"type": "linear"}, "hideFrom": {"tooltip": false, "legend": false, "viz": false}}}, "overrides": []},
     "options": {"calculate": false, "color": {"mode": "scheme", "scheme": "Oranges", "fill": "dark-orange", "scale": "exponential", "exponent": 0.5, "steps": 64, "reverse": false}, "cellGap": 1, "showValue": "auto", "yAxis": {"axisPlacement": "left", "unit": "s", "reverse": false}, "legend": {"show": true}, "tooltip": {"mode": "single", "yHistogram": false, "showColorScale": false}, "exemplars": {"color": "rgba(255,0,255,0.7)"}, "rowsFrame": {"layout": "auto"}, "filterValues": {"le": 1e-9}, "selectionMode": "x"}},
    {"type": "nodeGraph", "id": 9, "title": "Services", "gridPos": {"h": 8, "w": 12, "x": 0, "y": 17}, "datasource": {"type": "tempo", "uid": "tempo"}, "targets": [{"refId": "A", "queryType": "traceqlSearch", "query": "", "limit": 20, "tableType": "traces", "filters": [{"id": "service", "tag": "service.name", "operator": "=", "value": ["api"], "valueType": "string", "scope": "resource"}]}],
     "fieldConfig": {"defaults": {}, "overrides": []},
     "options": {"nodes": {"mainStatUnit": "ms", "arcs": [{"field": "success", "color": "green"}]}, "edges": {"mainStatUnit": "reqps"}, "zoomMode": "cooperative"}},
    {"type": "text", "id": 10, "title": "Notes", "gridPos": {"h": 4, "w": 12, "x": 12, "y": 17},
     "fieldConfig": {"defaults": {}, "overrides": []},
     "options": {"mode": "markdown", "content": "# Hello", "code": {"language": "plaintext", "showLineNumbers": false, "showMiniMap": false}}},
    {"type": "logs", "id": 11, "title": "Logs", "gridPos": {"h": 8, "w": 24, "x": 0, "y": 25}, "datasource": {"type": "loki", "uid": "loki"},
     "targets": [{"refId": "A", "expr": "{app=\"api\"} |= \"error\"", "queryType": "range", "maxLines": 1000, "editorMode": "code"}],
     "fieldConfig": {"defaults": {}, "overrides": []},
     "options": {"showTime": true, "showLabels": false, "showCommonLabels": false, "wrapLogMessage": true, "prettifyLogMessage": false, "enableLogDetails": true, "sortOrder": "Descending", "dedupStrategy": "signature", "enableInfiniteScrolling": false}},
    {"type": "barchart", "id": 12, "title": "Per day", "gridPos": {"h": 8, "w": 12, "x": 0, "y": 33}, "targets": [{"refId": "A", "expr": "x", "instant": true, "format": "table"}],
     "fieldConfig": {"defaults": {"custom": {"lineWidth": 1, "fillOpacity": 80, "gradientMode": "none", "axisPlacement": "auto", "hideFrom": {"tooltip": false, "legend": false, "viz": false}, "thresholdsStyle": {"mode": "off"}}}, "overrides": []},
     "options": {"orientation": "auto", "xTickLabelRotation": -45, "xTickLabelMaxLength": 10, "stacking": "normal", "showValue": "auto", "barWidth": 0.97, "groupWidth": 0.7, "barRadius": 0.1, "fullHighlight": false, "legend": {"displayMode": "list", "placement": "bottom", "showLegend": true, "calcs": []}, "tooltip": {"mode": "single", "sort": "none"}}},
    {"type": "state-timeline", "id": 13, "title": "States", "gridPos": {"h": 8, "w": 12, "x": 12, "y": 33}, "targets": [{"refId": "A", "expr": "up"}],
     "fieldConfig": {"defaults": {"custom": {"lineWidth": 0, "fillOpacity": 70, "spanNulls": false, "insertNulls": 60000}}, "overrides": []},
     "options": {"showValue": "auto", "rowHeight": 0.9, "mergeValues": true, "alignValue": "left", "perPage": 20, "legend": {"displayMode": "list", "placement": "bottom", "showLegend": true, "calcs": []}, "tooltip": {"mode": "single", "sort": "none"}}},
    {"type": "row", "id": 14, "title": "Details", "collapsed": true, "gridPos": {"h": 1, "w": 24, "x": 0, "y": 41},
     "panels": [{"type": "text", "id": 15, "title": "Hidden", "gridPos": {"h": 4, "w": 24, "x": 0, "y": 42}, "fieldConfig": {"defaults": {}, "overrides": []}, "options": {"mode": "html", "content": "<b>x</b>"}}]}
  ]
}
""";
}
