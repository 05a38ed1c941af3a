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
    /// One panel of each of the 27 types, in this order: [0] row, [1] timeseries, [2] stat, [3] gauge, [4] bargauge,
    /// [5] table, [6] piechart, [7] heatmap, [8] nodeGraph, [9] text, [10] logs, [11] barchart, [12] state-timeline,
    /// [13] a collapsed row holding a text panel, then [14] histogram, [15] trend, [16] status-history, [17] xychart,
    /// [18] candlestick, [19] dashlist, [20] alertlist, [21] annolist, [22] news, [23] flamegraph, [24] traces, [25] datagrid, [26] geomap, [27] canvas.
    /// Also variables, annotations, links, mappings, thresholds, overrides.
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
     "panels": [{"type": "text", "id": 15, "title": "Hidden", "gridPos": {"h": 4, "w": 24, "x": 0, "y": 42}, "fieldConfig": {"defaults": {}, "overrides": []}, "options": {"mode": "html", "content": "<b>x</b>"}}]},
    {"type": "histogram", "id": 16, "title": "Response time spread", "gridPos": {"h": 8, "w": 12, "x": 0, "y": 46}, "targets": [{"refId": "A", "datasource": {"type": "prometheus", "uid": "${datasource}"}, "expr": "avg by (provider) (rate(bot_response_time_seconds_sum[$__rate_interval]) / rate(bot_response_time_seconds_count[$__rate_interval]))", "format": "time_series", "range": true, "instant": false}], "fieldConfig": {"defaults": {"custom": {"lineWidth": 1, "fillOpacity": 60, "gradientMode": "opacity"}}, "overrides": []}, "options": {"bucketCount": 20, "combine": true, "legend": {"displayMode": "list", "placement": "right", "showLegend": true, "calcs": []}, "tooltip": {"mode": "single", "sort": "none"}}},
    {"type": "trend", "id": 17, "title": "Cost against tokens", "gridPos": {"h": 8, "w": 12, "x": 0, "y": 54}, "targets": [{"refId": "A", "datasource": {"type": "prometheus", "uid": "${datasource}"}, "expr": "sum(bot_cost_total_usd)", "format": "time_series", "range": true, "instant": false}], "fieldConfig": {"defaults": {"custom": {"drawStyle": "line", "lineInterpolation": "smooth", "lineWidth": 1, "fillOpacity": 10, "showPoints": "auto", "axisLabel": "USD", "axisSoftMin": 0}}, "overrides": []}, "options": {"legend": {"displayMode": "list", "placement": "bottom", "showLegend": true, "calcs": []}, "tooltip": {"mode": "single", "sort": "none"}}},
    {"type": "status-history", "id": 18, "title": "Provider status by hour", "gridPos": {"h": 8, "w": 12, "x": 0, "y": 62}, "targets": [{"refId": "A", "datasource": {"type": "prometheus", "uid": "${datasource}"}, "expr": "max by (provider) (up{job=\"bots\"})", "format": "time_series", "range": true, "instant": false}], "fieldConfig": {"defaults": {"custom": {"lineWidth": 1, "fillOpacity": 90}}, "overrides": []}, "options": {"showValue": "never", "rowHeight": 0.8, "colWidth": 0.9, "legend": {"displayMode": "list", "placement": "bottom", "showLegend": true, "calcs": []}, "tooltip": {"mode": "single", "sort": "none"}}},
    {"type": "xychart", "id": 19, "title": "Latency against load", "gridPos": {"h": 8, "w": 12, "x": 0, "y": 70}, "targets": [{"refId": "A", "datasource": {"type": "prometheus", "uid": "${datasource}"}, "expr": "sum(rate(bot_api_calls_total[$__rate_interval]))", "format": "table", "range": true, "instant": false}, {"refId": "B", "datasource": {"type": "prometheus", "uid": "${datasource}"}, "expr": "avg(rate(bot_response_time_seconds_sum[$__rate_interval]) / rate(bot_response_time_seconds_count[$__rate_interval]))", "format": "table", "range": true, "instant": false}], "fieldConfig": {"defaults": {"custom": {"show": "points+lines", "pointSize": {"fixed": 6}, "pointShape": "square", "lineWidth": 2, "axisLabel": "seconds"}}, "overrides": []}, "options": {"mapping": "auto", "legend": {"displayMode": "list", "placement": "bottom", "showLegend": true, "calcs": []}, "tooltip": {"mode": "single", "sort": "none"}}},
    {"type": "candlestick", "id": 20, "title": "Token price", "gridPos": {"h": 8, "w": 12, "x": 0, "y": 78}, "targets": [{"refId": "A", "datasource": {"type": "prometheus", "uid": "${datasource}"}, "expr": "min_over_time(bot_token_price_usd[1h])", "format": "time_series", "range": true, "instant": false}, {"refId": "B", "datasource": {"type": "prometheus", "uid": "${datasource}"}, "expr": "max_over_time(bot_token_price_usd[1h])", "format": "time_series", "range": true, "instant": false}], "fieldConfig": {"defaults": {"custom": {"drawStyle": "line", "lineWidth": 1, "fillOpacity": 0, "showPoints": "auto"}}, "overrides": []}, "options": {"mode": "candles", "candleStyle": "ohlcbars", "colorStrategy": "close-close", "fields": {"open": "open", "high": "high", "low": "low", "close": "close"}, "colors": {"up": "blue", "down": "orange", "flat": "gray"}, "includeAllFields": true, "legend": {"displayMode": "list", "placement": "bottom", "showLegend": true, "calcs": []}, "tooltip": {"mode": "single", "sort": "none"}}},
    {"type": "dashlist", "id": 21, "title": "Bot dashboards", "gridPos": {"h": 8, "w": 12, "x": 0, "y": 86}, "fieldConfig": {"defaults": {}, "overrides": []}, "options": {"keepTime": true, "includeVars": true, "showStarred": false, "showRecentlyViewed": false, "showSearch": true, "showHeadings": true, "showFolderNames": true, "maxItems": 20, "query": "bots", "tags": ["llm"]}},
    {"type": "alertlist", "id": 22, "title": "Firing bot alerts", "gridPos": {"h": 8, "w": 12, "x": 0, "y": 94}, "fieldConfig": {"defaults": {}, "overrides": []}, "options": {"viewMode": "list", "groupMode": "custom", "groupBy": ["severity"], "maxItems": 10, "sortOrder": 3, "dashboardAlerts": false, "alertName": "", "alertInstanceLabelFilter": "{team=\"bots\"}", "showInstances": true, "showInactiveAlerts": false, "stateFilter": {"firing": true, "pending": true, "recovering": true, "noData": true, "normal": false, "error": true}}},
    {"type": "annolist", "id": 23, "title": "Recent releases", "gridPos": {"h": 8, "w": 12, "x": 0, "y": 102}, "fieldConfig": {"defaults": {}, "overrides": []}, "options": {"onlyFromThisDashboard": true, "onlyInTimeRange": true, "tags": ["release"], "limit": 20, "showUser": false, "showTime": true, "showTags": true, "navigateToPanel": true, "navigateBefore": "15m", "navigateAfter": "30m"}},
    {"type": "news", "id": 24, "title": "Grafana blog", "gridPos": {"h": 8, "w": 12, "x": 0, "y": 110}, "fieldConfig": {"defaults": {}, "overrides": []}, "options": {"feedUrl": "https://grafana.com/blog/news.xml", "showImage": false}},
    {"type": "flamegraph", "id": 25, "title": "CPU profile", "gridPos": {"h": 8, "w": 12, "x": 0, "y": 118}, "fieldConfig": {"defaults": {}, "overrides": []}, "options": {}},
    {"type": "traces", "id": 26, "title": "Slow request trace", "gridPos": {"h": 8, "w": 12, "x": 0, "y": 126}, "targets": [{"refId": "A", "datasource": {"type": "tempo", "uid": "tempo"}, "query": "{ resource.service.name = \"bots\" && duration > 2s }", "limit": 1}], "fieldConfig": {"defaults": {}, "overrides": []}, "options": {}},
    {"type": "datagrid", "id": 27, "title": "Raw calls", "gridPos": {"h": 8, "w": 12, "x": 0, "y": 134}, "targets": [{"refId": "A", "datasource": {"type": "prometheus", "uid": "${datasource}"}, "expr": "sum by (tool_name) (bot_tool_calls_total)", "format": "table", "range": false, "instant": true}], "fieldConfig": {"defaults": {}, "overrides": []}, "options": {"selectedSeries": 0}},
    {"type": "geomap", "id": 28, "title": "Calls by region", "gridPos": {"h": 8, "w": 12, "x": 0, "y": 142}, "targets": [{"refId": "A", "expr": "sum by (region) (increase(bot_api_calls_total{provider=~\"$provider\"}[$__range]))", "format": "table", "range": false, "instant": true}], "options": {"view": {"id": "coords", "lat": 48.2, "lon": 16.4, "zoom": 4, "maxZoom": 12, "shared": true}, "controls": {"showZoom": true, "mouseWheelZoom": false, "showAttribution": true, "showScale": true}, "tooltip": {"mode": "details"}}},
    {"type": "canvas", "id": 29, "title": "Bot pipeline", "gridPos": {"h": 8, "w": 12, "x": 0, "y": 150}, "targets": [{"refId": "A", "expr": "sum(rate(bot_api_calls_total{provider=~\"$provider\"}[$__rate_interval]))", "format": "time_series", "range": false, "instant": true}], "options": {"inlineEditing": false, "panZoom": true, "zoomToContent": true}}
  ]
}
""";
}
