// The peer's side of the side-by-side benchmark: the SAME service dashboard as
// benchmarks/Dashboards.Benchmarks/Workloads/SampleDashboards.cs, built with Grafana's foundation SDK
// (@grafana/grafana-foundation-sdk, pinned in package-lock.json) as its README shows: one builder per panel type,
// PromQL as plain strings (the SDK has no PromQL model), and JSON.stringify with a 2-space indent.
// Keep the two in step: `Dashboards.Benchmarks peer` (Peer/PeerEquivalence.cs) compares both outputs before timing
// (panels, types, titles, queries, and every key we emit) and stops on a difference.
'use strict';
const dashboard = require('@grafana/grafana-foundation-sdk/dashboard');
const common = require('@grafana/grafana-foundation-sdk/common');
const prometheus = require('@grafana/grafana-foundation-sdk/prometheus');
const timeseries = require('@grafana/grafana-foundation-sdk/timeseries');
const stat = require('@grafana/grafana-foundation-sdk/stat');
const gauge = require('@grafana/grafana-foundation-sdk/gauge');
const bargauge = require('@grafana/grafana-foundation-sdk/bargauge');
const table = require('@grafana/grafana-foundation-sdk/table');
const heatmap = require('@grafana/grafana-foundation-sdk/heatmap');

const PANEL_KINDS = 10;
const datasource = { type: 'prometheus', uid: '${datasource}' };

const thresholds = (base, ...steps) => new dashboard.ThresholdsConfigBuilder()
  .mode(dashboard.ThresholdsMode.Absolute)
  .steps([{ value: null, color: base }, ...steps.map(([value, color]) => ({ value, color }))]);
const errorThresholds = () => thresholds('green', [0.01, 'orange'], [0.05, 'red']);
const latencyThresholds = () => thresholds('green', [0.5, 'orange'], [2, 'red']);

const query = (expr, refId) => new prometheus.DataqueryBuilder()
  .datasource(datasource).editorMode(prometheus.QueryEditorMode.Code).expr(expr).refId(refId || 'A');
const rangeQuery = (expr, legend, refId) => {
  const q = query(expr, refId).format(prometheus.PromQueryFormat.TimeSeries).range();
  return legend === undefined ? q : q.legendFormat(legend);
};
const instantQuery = (expr, format) =>
  query(expr).format(format || prometheus.PromQueryFormat.TimeSeries).instant();

const legend = (mode, calcs) => new common.VizLegendOptionsBuilder()
  .displayMode(mode).placement(common.LegendPlacement.Bottom).showLegend(true).calcs(calcs || []);
const tooltip = () => new common.VizTooltipOptionsBuilder().mode(common.TooltipDisplayMode.Single).sort(common.SortOrder.None);
const reduce = (calc) => new common.ReduceDataOptionsBuilder().values(false).calcs([calc]).fields('');
const series = (title) => new timeseries.PanelBuilder().title(title).datasource(datasource).height(8).span(12)
  .drawStyle(common.GraphDrawStyle.Line).lineWidth(1).fillOpacity(0).showPoints(common.VisibilityMode.Auto)
  .tooltip(tooltip());
const single = (builder, title, h, w) => builder.title(title).datasource(datasource).height(h).span(w);
const statPanel = (title) => single(new stat.PanelBuilder(), title, 4, 6)
  .orientation(common.VizOrientation.Auto).graphMode(common.BigValueGraphMode.Area).colorMode(common.BigValueColorMode.Value)
  .justifyMode(common.BigValueJustifyMode.Auto).textMode(common.BigValueTextMode.Auto).wideLayout(true)
  .showPercentChange(false).percentChangeColorMode(common.PercentChangeColorMode.Standard);

function quantile(q, buckets) {
  return `histogram_quantile(${q}, sum by (le) (rate(${buckets}[$__rate_interval])))`;
}

function panel(i, service) {
  return kind(i, service).id(i + 1);
}

function kind(i, service) {
  const requests = `http_requests_total{job="$job", instance=~"$instance", service="${service}"}`;
  const errors = `http_requests_total{job="$job", instance=~"$instance", service="${service}", code=~"5.."}`;
  const buckets = `http_request_duration_seconds_bucket{job="$job", instance=~"$instance", service="${service}"}`;
  const memory = `process_resident_memory_bytes{job="$job", instance=~"$instance"}`;
  const n = ' ' + (i + 1);
  switch (i % PANEL_KINDS) {
    case 0: return series('Requests per second' + n)
      .withTarget(rangeQuery(`sum by (code) (rate(${requests}[$__rate_interval]))`, '{{code}}'))
      .unit('reqps')
      .legend(legend(common.LegendDisplayMode.Table, ['mean', 'max']));
    case 1: return series('Error ratio' + n)
      .withTarget(rangeQuery(`sum(rate(${errors}[$__rate_interval])) / sum(rate(${requests}[$__rate_interval]))`, 'errors'))
      .unit('percentunit')
      .thresholds(errorThresholds())
      .legend(legend(common.LegendDisplayMode.List));
    case 2: return series('Latency p50 / p95 / p99' + n)
      .withTarget(rangeQuery(quantile(0.5, buckets), 'p50', 'A'))
      .withTarget(rangeQuery(quantile(0.95, buckets), 'p95', 'B'))
      .withTarget(rangeQuery(quantile(0.99, buckets), 'p99', 'C'))
      .unit('s')
      .axisLabel('latency')
      .legend(legend(common.LegendDisplayMode.List));
    case 3: return statPanel('Availability' + n)
      .withTarget(instantQuery(`1 - sum(increase(${errors}[$__range])) / sum(increase(${requests}[$__range]))`))
      .unit('percentunit')
      .decimals(3)
      .thresholds(thresholds('red', [0.99, 'orange'], [0.999, 'green']))
      .reduceOptions(reduce('lastNotNull'));
    case 4: return statPanel('Instances up' + n)
      .withTarget(instantQuery('count(up{job="$job"} == 1)'))
      .unit('short')
      .reduceOptions(reduce('last'));
    case 5: return single(new gauge.PanelBuilder(), 'p99 latency' + n, 6, 6)
      .withTarget(instantQuery(quantile(0.99, buckets)))
      .unit('s')
      .min(0).max(5)
      .thresholds(latencyThresholds())
      .reduceOptions(reduce('lastNotNull'))
      .orientation(common.VizOrientation.Auto).showThresholdLabels(false).showThresholdMarkers(true)
      .sizing(common.BarGaugeSizing.Auto).minVizWidth(75).minVizHeight(75);
    case 6: return single(new bargauge.PanelBuilder(), 'Requests by instance' + n, 8, 12)
      .withTarget(instantQuery(`topk(10, sum by (instance) (rate(${requests}[$__rate_interval])))`).legendFormat('{{instance}}'))
      .unit('reqps')
      .reduceOptions(reduce('lastNotNull'))
      .orientation(common.VizOrientation.Horizontal).displayMode(common.BarGaugeDisplayMode.Gradient)
      .valueMode(common.BarGaugeValueMode.Color).namePlacement(common.BarGaugeNamePlacement.Auto).showUnfilled(true)
      .sizing(common.BarGaugeSizing.Auto).minVizWidth(8).minVizHeight(16).maxVizHeight(300)
      .legend(new common.VizLegendOptionsBuilder().displayMode(common.LegendDisplayMode.Hidden)
        .placement(common.LegendPlacement.Bottom).showLegend(false).calcs([]));
    case 7: return single(new table.PanelBuilder(), 'Top endpoints' + n, 8, 24)
      .withTarget(instantQuery(`topk(20, sum by (handler, method) (rate(${requests}[$__rate_interval])))`, prometheus.PromQueryFormat.Table))
      .align(common.FieldTextAlignment.Auto).cellOptions({ type: common.TableCellDisplayMode.Auto }).inspect(false)
      .showHeader(true).frameIndex(0).sortBy([]);
    case 8: return series('Resident memory' + n)
      .withTarget(rangeQuery(`max by (instance) (${memory})`, '{{instance}}'))
      .unit('bytes')
      .stacking(new common.StackingConfigBuilder().mode(common.StackingMode.Normal).group('A'))
      .legend(legend(common.LegendDisplayMode.List));
    default: return single(new heatmap.PanelBuilder(), 'Latency distribution' + n, 8, 12)
      .withTarget(rangeQuery(`sum by (le) (rate(${buckets}[$__rate_interval]))`, '{{le}}')
        .format(prometheus.PromQueryFormat.Heatmap))
      .calculate(false)
      .color(new heatmap.HeatmapColorOptionsBuilder().mode(heatmap.HeatmapColorMode.Scheme).scheme('Oranges').fill('dark-orange')
        .scale(heatmap.HeatmapColorScale.Exponential).exponent(0.5).steps(64).reverse(false))
      .showValue(common.VisibilityMode.Auto).cellGap(1)
      .yAxis(new heatmap.YAxisConfigBuilder().unit('s').reverse(false).axisPlacement(common.AxisPlacement.Left))
      .showLegend()
      .tooltip(new heatmap.HeatmapTooltipBuilder().mode(common.TooltipDisplayMode.Single).yHistogram(false).showColorScale(false))
      .exemplarsColor('rgba(255, 0, 255, 0.7)');
  }
}

/** Dashboard number `index` with `panels` panels (uid `bench-{index}`), as a foundation-SDK builder. */
function build(index, panels) {
  const service = 'svc' + (index % 97);
  const builder = new dashboard.DashboardBuilder(`Service ${service} #${index}`)
    .uid('bench-' + index)
    .description('Generated by Dashboards.Benchmarks.')
    .tags(['bench', service])
    .timezone('browser').editable().tooltip(dashboard.DashboardCursorSync.Off)
    .time({ from: 'now-6h', to: 'now' })
    .timepicker(new dashboard.TimePickerBuilder().refreshIntervals(['5s', '10s', '30s', '1m', '5m', '15m', '30m', '1h', '2h', '1d']))
    .fiscalYearStartMonth(0).liveNow(false).links([])
    .annotation(new dashboard.AnnotationQueryBuilder().builtIn(1).datasource({ type: 'grafana', uid: '-- Grafana --' })
      .enable(true).hide(true).iconColor('rgba(0, 211, 255, 1)').name('Annotations & Alerts').type('dashboard'))
    .withVariable(new dashboard.DatasourceVariableBuilder('datasource').label('Data source').hide(dashboard.VariableHide.DontHide).type('prometheus')
      .regex('').multi(false).includeAll(false))
    .withVariable(new dashboard.QueryVariableBuilder('job').label('Job').hide(dashboard.VariableHide.DontHide).options([]).datasource(datasource)
      .definition('label_values(http_requests_total, job)').query('label_values(http_requests_total, job)')
      .multi(false).includeAll(false).refresh(dashboard.VariableRefresh.OnDashboardLoad).sort(dashboard.VariableSort.AlphabeticalAsc))
    .withVariable(new dashboard.QueryVariableBuilder('instance').label('Instance').hide(dashboard.VariableHide.DontHide).options([]).datasource(datasource)
      .definition('label_values(http_requests_total{job="$job"}, instance)').query('label_values(http_requests_total{job="$job"}, instance)')
      .multi(true).includeAll(true).allValue('.*').refresh(dashboard.VariableRefresh.OnDashboardLoad).sort(dashboard.VariableSort.AlphabeticalAsc));
  for (let i = 0; i < panels; i++) builder.withPanel(panel(i, service));
  return builder;
}

/** What the benchmark times: build the dashboard and serialize it as Grafana JSON. */
function buildAndSerialize(index, panels) {
  return JSON.stringify(build(index, panels).build(), null, 2);
}

module.exports = { build, buildAndSerialize, PANEL_KINDS };
