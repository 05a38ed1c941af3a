'use strict';
// Judges emitted Grafana dashboards with Grafana's own frontend code (@grafana/data, @grafana/schema) and
// TypeScript's checker. One process for every dashboard: `node oracle.cjs <manifest.json>`; writes a JSON report
// to stdout: { grafana, checks: {category: count}, checksByInput: {name: {category: count}},
// failures: [{category, dashboard, panel, path, message}] }.
// The manifest: { dashboards: [{ name, file, expect?: { [panelTitle]: { columns: [names in order] } } }] }.
// See docs/fidelity.md for what each category checks and why.

const fs = require('fs');
const path = require('path');

const grafana = require('@grafana/data');
// Set after loading: transformDataFrame peeks at window.__grafanaSceneContext, date formats at navigator.language.
global.window = global.window || {};
if (typeof navigator === 'undefined') global.navigator = { language: 'en-US', languages: ['en-US'] };
const { lastValueFrom } = require('rxjs');

const checks = {};
const checksByInput = {};
const failures = [];
let current = null; // the manifest entry being judged

function count(category) {
  checks[category] = (checks[category] || 0) + 1;
  const mine = checksByInput[current] ??= {};
  mine[category] = (mine[category] || 0) + 1;
}
function fail(category, where, message) {
  failures.push({ category, dashboard: where.dashboard, panel: where.panel ?? null, path: where.path ?? null, message });
}
/** Counts one check of `category`; records a failure when `problem` is a string. */
function check(category, where, problem) {
  count(category);
  if (typeof problem === 'string') fail(category, where, problem);
  return typeof problem !== 'string';
}

// ---------------------------------------------------------------- registries

const theme = grafana.createTheme();
const namedColors = new Set();
for (const hue of theme.visualization.hues) for (const shade of hue.shades) {
  namedColors.add(shade.name);
  for (const alias of shade.aliases ?? []) namedColors.add(alias);
}
const transformerIds = new Set(Object.values(grafana.DataTransformerID));
const cellTypes = new Set(Object.values(require('@grafana/schema').TableCellDisplayMode));
const executable = new Map(Object.values(grafana.standardTransformers).map((t) => [t.id, t]));
grafana.standardTransformersRegistry.setInit(() =>
  [...executable.values()].map((t) => ({ id: t.id, name: t.name, transformation: () => t })));

function unitProblem(unit) {
  if (typeof unit !== 'string' || unit === '') return `unit ${JSON.stringify(unit)} is not a unit id`;
  const index = grafana.getValueFormatterIndex();
  const colon = unit.indexOf(':');
  const custom = colon > 0 ? unit.substring(0, colon) : null;
  if (!index[unit] && !['prefix', 'suffix', 'time', 'si', 'count', 'currency', 'bool'].includes(custom))
    return `unit '${unit}' is not in Grafana's unit registry; Grafana would show it as literal text after the value`;
  const shown = grafana.formattedValueToString(grafana.getValueFormat(unit)(1234.5, 1));
  if (/\s\s/.test(shown)) return `unit '${unit}' renders 1234.5 as '${shown}' (double space)`;
  if (/^\s|\s$/.test(shown)) return `unit '${unit}' renders 1234.5 as '${shown}' (leading or trailing space)`;
  return null;
}

function colorProblem(color) {
  if (typeof color !== 'string' || color === '') return `colour ${JSON.stringify(color)} is not a colour`;
  if (namedColors.has(color)) return null;
  if (/^#([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(color)) return null;
  if (/^rgba?\(\s*\d+\s*,\s*\d+\s*,\s*\d+\s*(,\s*(0|1|0?\.\d+)\s*)?\)$/.test(color)) return null;
  if (color === 'transparent' || color === 'text') return null;
  return `colour '${color}' is neither one of Grafana's named colours nor hex/rgb(a)`;
}

function reducerProblem(id) {
  return grafana.fieldReducers.getIfExists(id) ? null : `reducer '${id}' is not in Grafana's reducer registry`;
}

// ---------------------------------------------------------------- frames shaped like real responses

const T0 = 1767225600000; // 2026-01-01T00:00:00Z

/** Result labels of a PromQL/LogQL metric query: `by (...)` groups plus label_replace/label_join targets. */
function resultLabels(expr) {
  const labels = [];
  const add = (l) => { if (l && !labels.includes(l)) labels.push(l); };
  for (const m of expr.matchAll(/\bby\s*\(([^)]*)\)/g)) m[1].split(',').map((s) => s.trim()).forEach(add);
  for (const m of expr.matchAll(/\blabel_(?:replace|join)\s*\(/g)) {
    // the destination label is the first string literal after the vector argument
    const rest = expr.substring(m.index + m[0].length);
    let depth = 0, i = 0;
    for (; i < rest.length; i++) {
      const c = rest[i];
      if (c === '(' || c === '{' || c === '[') depth++;
      else if (c === ')' || c === '}' || c === ']') depth--;
      else if (c === '"' ) { // skip string
        i++; while (i < rest.length && rest[i] !== '"') { if (rest[i] === '\\') i++; i++; }
      } else if (c === ',' && depth === 0) break;
    }
    const dst = /^\s*,\s*"([^"]*)"/.exec(rest.substring(i));
    if (dst) add(dst[1]);
  }
  if (/\bhistogram_quantile\s*\(/.test(expr)) return labels.filter((l) => l !== 'le');
  return labels;
}

function seriesLabels(expr, n) {
  const names = resultLabels(expr);
  const series = [];
  for (let s = 0; s < n; s++) series.push(Object.fromEntries(names.map((l) => [l, l === 'le' ? ['0.1', '1', '+Inf'][s % 3] : `${l}-${s}`])));
  return names.length === 0 ? [{}] : series;
}

function legendText(template, labels) {
  if (!template || template === '__auto') return undefined;
  return template.replace(/\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}/g, (_, l) => labels[l] ?? '');
}

/** A string the regex matches, for the simple patterns overrides use (anchors, .*, .+, alternation, classes). */
function sampleOf(pattern) {
  let s = pattern.replace(/^\^/, '').replace(/\$$/, '');
  s = s.replace(/\(\?:/g, '(').replace(/\(([^()|]*)\|[^()]*\)/g, '$1').replace(/^([^|()]*)\|.*$/, '$1');
  s = s.replace(/\.\*/g, '').replace(/\.\+/g, 'x').replace(/\\d\+?/g, '1').replace(/\[([^\]])[^\]]*\][*+?]?/g, '$1')
    .replace(/[()]/g, '').replace(/\\(.)/g, '$1');
  try { return new RegExp(pattern).test(s) ? s : null; } catch { return null; }
}

/** Labels that make `template` render as `name` ({{label}} parts become wildcards), or null. */
function invertLegend(template, name, labelNames) {
  if (!template || template === '__auto') return null;
  const parts = template.split(/(\{\{\s*[a-zA-Z_][a-zA-Z0-9_]*\s*\}\})/);
  const labels = [];
  const regex = parts.map((p) => {
    const m = /^\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}$/.exec(p);
    if (m) { labels.push(m[1]); return '(.*?)'; }
    return p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }).join('');
  const m = new RegExp(`^${regex}$`).exec(name);
  if (!m) return null;
  const result = Object.fromEntries(labelNames.map((l) => [l, `${l}-x`]));
  labels.forEach((l, i) => { result[l] = m[i + 1]; });
  return result;
}

/** One frame per series, as Grafana's Prometheus/Loki backends return them: [Time, Value{labels}]. */
function backendFrames(target, points, seriesCount, wanted = []) {
  const expr = target.expr ?? '';
  const series = seriesLabels(expr, seriesCount);
  // Series a real response could hold whose legend renders into a name an override of the panel asks for.
  for (const name of wanted) {
    const labels = invertLegend(target.legendFormat, name, resultLabels(expr));
    if (labels) series.push(labels);
  }
  return series.map((labels, s) => {
    const times = Array.from({ length: points }, (_, i) => T0 + i * 60000);
    const config = {};
    const legend = legendText(target.legendFormat, labels);
    if (legend !== undefined) config.displayNameFromDS = legend;
    return {
      refId: target.refId,
      fields: [
        { name: 'Time', type: 'time', config: {}, values: times },
        { name: 'Value', type: 'number', config, labels, values: times.map((_, i) => (s + 1) * 10 + i) },
      ],
      length: points,
    };
  });
}

/** Prometheus table format: grafana-prometheus result_transformer transformDFToTable. */
function prometheusTable(frames) {
  const byRef = new Map();
  for (const f of frames) { if (!byRef.has(f.refId)) byRef.set(f.refId, []); byRef.get(f.refId).push(f); }
  return [...byRef.entries()].map(([refId, group]) => {
    const valueName = byRef.size > 1 ? `Value #${refId}` : 'Value';
    const labelNames = [];
    for (const f of group) for (const l of Object.keys(f.fields[1].labels ?? {}).sort()) if (!labelNames.includes(l)) labelNames.push(l);
    return tableFrame(refId, group, labelNames, valueName);
  });
}

/** Loki instant metric queries: loki makeTableFrames (labels sorted, value column `Value #<refId>`). */
function lokiTable(frames) {
  const byRef = new Map();
  for (const f of frames) { if (!byRef.has(f.refId)) byRef.set(f.refId, []); byRef.get(f.refId).push(f); }
  return [...byRef.entries()].map(([refId, group]) => {
    const labelNames = [...new Set(group.flatMap((f) => Object.keys(f.fields[1].labels ?? {})))].sort();
    return tableFrame(refId, group, labelNames, `Value #${refId}`);
  });
}

function tableFrame(refId, group, labelNames, valueName) {
  const time = { name: 'Time', type: 'time', config: {}, values: [] };
  const value = { name: valueName, type: 'number', config: {}, values: [] };
  const labelFields = labelNames.map((l) => ({ name: l, type: l === 'le' ? 'number' : 'string', config: { filterable: true }, values: [] }));
  for (const f of group) {
    f.fields[0].values.forEach((t, i) => {
      time.values.push(t);
      value.values.push(f.fields[1].values[i]);
      labelFields.forEach((lf) => lf.values.push(f.fields[1].labels?.[lf.name] ?? ''));
    });
  }
  return { refId, fields: [time, ...labelFields, value], length: time.values.length };
}

/** A Loki logs query: one frame with labels, Time, Line, tsNs, id (Grafana 10+ dataplane logs frame). */
function lokiLogs(target) {
  const n = 3;
  return [{
    refId: target.refId, meta: { type: 'log-lines' },
    fields: [
      { name: 'labels', type: 'other', config: {}, values: Array.from({ length: n }, () => ({ app: 'x' })) },
      { name: 'Time', type: 'time', config: {}, values: Array.from({ length: n }, (_, i) => T0 + i * 1000) },
      { name: 'Line', type: 'string', config: {}, values: Array.from({ length: n }, (_, i) => `line ${i}`) },
      { name: 'tsNs', type: 'string', config: {}, values: Array.from({ length: n }, (_, i) => `${(T0 + i * 1000)}000000`) },
      { name: 'id', type: 'string', config: {}, values: Array.from({ length: n }, (_, i) => `id-${i}`) },
    ],
    length: n,
  }];
}

function isLogQLMetric(expr) {
  return /\b(rate|count_over_time|bytes_rate|bytes_over_time|sum_over_time|avg_over_time|max_over_time|min_over_time|first_over_time|last_over_time|stdvar_over_time|stddev_over_time|quantile_over_time|absent_over_time|rate_counter)\s*\(/.test(expr);
}

function datasourceType(target, panel) {
  return target.datasource?.type ?? panel.datasource?.type ?? 'prometheus';
}

/** The frames a panel's queries return, shaped as Grafana's datasources shape them before transformations. */
function panelFrames(panel) {
  const targets = (panel.targets ?? []).filter((t) => !t.hide);
  const wanted = [];
  for (const o of panel.fieldConfig?.overrides ?? []) {
    if (o.matcher?.id === 'byName' && typeof o.matcher.options === 'string') wanted.push(o.matcher.options);
    if (o.matcher?.id === 'byRegexp' && typeof o.matcher.options === 'string') { const s = sampleOf(o.matcher.options); if (s) wanted.push(s); }
  }
  const promTable = [], lokiInstant = [], frames = [];
  for (const t of targets) {
    const type = datasourceType(t, panel);
    if (type === 'prometheus') {
      const instant = t.instant === true && t.range !== true;
      const raw = backendFrames(t, instant ? 1 : 5, 2, t.format === 'table' ? [] : wanted);
      if (t.format === 'table') promTable.push(...raw);
      else if (t.format === 'heatmap') frames.push(...backendFrames({ ...t, expr: `sum by (le) (${t.expr})`, legendFormat: '{{le}}' }, 5, 3));
      else frames.push(...raw);
    } else if (type === 'loki') {
      const expr = t.expr ?? '';
      if (!isLogQLMetric(expr)) frames.push(...lokiLogs(t));
      else if (t.queryType === 'instant') lokiInstant.push(...backendFrames(t, 1, 2));
      else frames.push(...backendFrames(t, 5, 2, wanted));
    } else {
      frames.push({ refId: t.refId, fields: [{ name: 'traceID', type: 'string', config: {}, values: ['a'] }], length: 1 });
    }
  }
  return [...prometheusTable(promTable), ...lokiTable(lokiInstant), ...frames];
}

function displayNames(frame, frames) {
  return frame.fields.map((f) => grafana.getFieldDisplayName(f, frame, frames));
}

function allNames(frames) {
  return new Set(frames.flatMap((f) => displayNames(f, frames)));
}

// ---------------------------------------------------------------- per dashboard

const VARIABLE = /\$(\w+)|\[\[(\w+?)(?::(\w+))?\]\]|\${(\w+)(?:\.([^:^}]+))?(?::([^}]+))?}/g; // Grafana's variableRegex

function walkStrings(node, at, visit) {
  if (typeof node === 'string') visit(node, at);
  else if (Array.isArray(node)) node.forEach((v, i) => walkStrings(v, `${at}[${i}]`, visit));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walkStrings(v, at ? `${at}.${k}` : k, visit);
}

function panelsOf(dashboard) {
  const out = [];
  (dashboard.panels ?? []).forEach((p, i) => {
    out.push({ panel: p, path: `panels[${i}]` });
    (p.panels ?? []).forEach((c, j) => out.push({ panel: c, path: `panels[${i}].panels[${j}]` }));
  });
  return out;
}

async function judge(entry, schemaJobs) {
  const dashboard = JSON.parse(fs.readFileSync(entry.file, 'utf8'));
  const name = entry.name;
  const variables = new Map((dashboard.templating?.list ?? []).map((v) => [v.name, v]));
  const hasDatasourceVariable = [...variables.values()].some((v) => v.type === 'datasource');

  // Variable references (everything but units, whose text is literal, and regexes).
  walkStrings(dashboard, '', (text, at) => {
    if (/\.(unit|regex)$/.test(at) || /\.value$/.test(at) && /overrides/.test(at)) return;
    for (const m of text.matchAll(VARIABLE)) {
      const v = m[1] ?? m[2] ?? m[4];
      if (v.startsWith('__') || /^\d+$/.test(v)) continue;
      check('variables', { dashboard: name, path: at }, variables.has(v) ? null : `'${m[0]}' refers to no variable; defined: ${[...variables.keys()].join(', ') || 'none'}`);
    }
  });

  for (const [i, a] of (dashboard.annotations?.list ?? []).entries()) {
    if (a.iconColor) check('colors', { dashboard: name, path: `annotations.list[${i}].iconColor` }, colorProblem(a.iconColor));
    if (a.builtIn) continue;
    if (hasDatasourceVariable) check('datasources', { dashboard: name, path: `annotations.list[${i}].datasource` },
      a.datasource ? null : 'annotation runs on the instance default datasource although the dashboard has a datasource picker');
  }

  for (const { panel, path: at } of panelsOf(dashboard)) {
    const where = { dashboard: name, panel: panel.title, path: at };
    if (panel.type === 'row') continue;
    judgeDatasources(panel, where, hasDatasourceVariable, variables);
    judgeFieldConfig(panel, where);
    judgeOptions(panel, where);
    schemaJobs.push({ where, panel });
    await judgeData(panel, where, entry.expect?.[panel.title]);
  }
  schemaJobs.push({ where: { dashboard: name, panel: null, path: '' }, dashboard });
}

function judgeDatasources(panel, where, hasDatasourceVariable, variables) {
  (panel.targets ?? []).forEach((t, i) => {
    const ds = t.datasource ?? panel.datasource;
    const at = { ...where, path: `${where.path}.targets[${i}].datasource` };
    if (hasDatasourceVariable)
      check('datasources', at, ds ? null : `query ${t.refId} names no datasource, so Grafana runs it on the instance default, not on the dashboard's datasource picker`);
    const m = ds && typeof ds.uid === 'string' ? /^\$\{?(\w+)\}?$/.exec(ds.uid) : null;
    if (m) {
      const v = variables.get(m[1]);
      check('datasources', at, !v ? `datasource '${ds.uid}' names no variable`
        : v.type !== 'datasource' ? `datasource '${ds.uid}' names a ${v.type} variable`
        : v.query !== ds.type ? `datasource type '${ds.type}' but variable '${m[1]}' offers '${v.query}'` : null);
    }
  });
}

function* colorsIn(node, at) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) { for (const [i, v] of node.entries()) yield* colorsIn(v, `${at}[${i}]`); return; }
  for (const [k, v] of Object.entries(node)) {
    if ((k === 'color' || k === 'fixedColor') && typeof v === 'string') yield [v, `${at}.${k}`];
    else yield* colorsIn(v, `${at}.${k}`);
  }
}

function judgeFieldConfig(panel, where) {
  const defaults = panel.fieldConfig?.defaults ?? {};
  const at = (p) => ({ ...where, path: `${where.path}.${p}` });
  const judgeConfig = (cfg, base) => {
    if (cfg.unit !== undefined) check('units', at(`${base}.unit`), unitProblem(cfg.unit));
    if (cfg.color?.mode !== undefined)
      check('registries', at(`${base}.color.mode`), grafana.fieldColorModeRegistry.getIfExists(cfg.color.mode) ? null : `colour mode '${cfg.color.mode}' is not in Grafana's registry`);
    for (const [c, p] of colorsIn(cfg.thresholds, `${base}.thresholds`)) check('colors', at(p), colorProblem(c));
    for (const [c, p] of colorsIn(cfg.color, `${base}.color`)) if (p.endsWith('fixedColor')) check('colors', at(p), colorProblem(c));
    if (cfg.mappings) judgeMappings(cfg, at, base);
  };
  judgeConfig(defaults, 'fieldConfig.defaults');
  for (const r of defaults.custom?.footer?.reducers ?? []) check('registries', at('fieldConfig.defaults.custom.footer.reducers'), reducerProblem(r));
  const cellType = defaults.custom?.cellOptions?.type;
  if (cellType !== undefined) check('registries', at('fieldConfig.defaults.custom.cellOptions.type'), cellTypes.has(cellType) ? null
    : `table cell type '${cellType}' is not one of @grafana/schema's TableCellDisplayMode values`);
  (panel.fieldConfig?.overrides ?? []).forEach((o, i) => {
    const base = `fieldConfig.overrides[${i}]`;
    check('registries', at(`${base}.matcher.id`), grafana.fieldMatchers.getIfExists(o.matcher?.id) ? null : `field matcher '${o.matcher?.id}' is not in Grafana's registry`);
    const cfg = {};
    for (const p of o.properties ?? []) {
      if (p.id === 'unit') cfg.unit = p.value;
      else if (p.id === 'color') cfg.color = p.value;
      else if (p.id === 'thresholds') cfg.thresholds = p.value;
      else if (p.id === 'mappings') cfg.mappings = p.value;
      else if (p.id === 'custom.footer.reducers') for (const r of p.value ?? []) check('registries', at(`${base}.properties.custom.footer.reducers`), reducerProblem(r));
      else if (p.id === 'custom.cellOptions' && p.value?.type !== undefined)
        check('registries', at(`${base}.properties.custom.cellOptions.type`), cellTypes.has(p.value.type) ? null
          : `table cell type '${p.value.type}' is not one of @grafana/schema's TableCellDisplayMode values`);
    }
    judgeConfig(cfg, `${base}.properties`);
  });
}

function judgeMappings(cfg, at, base) {
  const types = new Set(Object.values(grafana.MappingType));
  const specials = new Set(Object.values(grafana.SpecialValueMatch));
  cfg.mappings.forEach((m, i) => {
    const p = `${base}.mappings[${i}]`;
    if (!check('mappings', at(`${p}.type`), types.has(m.type) ? null : `mapping type '${m.type}' is not one of ${[...types].join(', ')}`)) return;
    if (m.type === 'special')
      check('mappings', at(`${p}.options.match`), specials.has(m.options?.match) ? null : `special match '${m.options?.match}' is not one of ${[...specials].join(', ')}`);
    const results = m.type === 'value' ? Object.entries(m.options ?? {}) : [[null, m.options?.result]];
    for (const [key, result] of results) {
      if (result?.color) check('colors', at(`${p}.result.color`), colorProblem(result.color));
      // Run Grafana's display processor on a value the mapping is meant to catch; its text must be the mapping's.
      let probe;
      if (m.type === 'value') probe = isNaN(Number(key)) ? key : Number(key);
      else if (m.type === 'range') probe = m.options.from ?? m.options.to;
      else if (m.type === 'special') probe = { true: true, false: false, null: null, nan: NaN, 'null+nan': null, empty: '' }[m.options.match];
      else continue;
      if (probe === undefined || result?.text === undefined) continue;
      const field = { name: 'v', type: typeof probe === 'string' ? 'string' : typeof probe === 'boolean' ? 'boolean' : 'number', config: { mappings: cfg.mappings }, values: [probe] };
      const shown = grafana.getDisplayProcessor({ field, theme })(probe);
      check('mappings', at(`${p}.options`), shown.text === result.text ? null : `Grafana shows ${JSON.stringify(probe)} as '${shown.text}', not the mapped '${result.text}'`);
    }
  });
}

function judgeOptions(panel, where) {
  const o = panel.options ?? {};
  const at = (p) => ({ ...where, path: `${where.path}.options.${p}` });
  for (const c of o.reduceOptions?.calcs ?? []) check('registries', at('reduceOptions.calcs'), reducerProblem(c));
  for (const c of o.legend?.calcs ?? []) check('registries', at('legend.calcs'), reducerProblem(c));
  for (const c of o.footer?.reducer ?? []) check('registries', at('footer.reducer'), reducerProblem(c));
  for (const [c, p] of colorsIn(o, '')) check('colors', at(p.substring(1)), colorProblem(c));
}

/** [field name, options path] pairs of the fields a transformation's options name, before it runs. */
function fieldReferences(id, opt) {
  const out = [];
  const add = (v, what) => { if (typeof v === 'string' && v !== '') out.push([v, what]); };
  const operand = (v) => (typeof v === 'object' && v !== null ? v.matcher?.options ?? v.fixed : v);
  switch (id) {
    case 'organize': case 'order':
      for (const k of ['excludeByName', 'indexByName', 'renameByName']) for (const f of Object.keys(opt[k] ?? {})) add(f, k);
      break;
    case 'sortBy': for (const s of opt.sort ?? []) add(s.field, 'sort'); break;
    case 'filterByValue': for (const f of opt.filters ?? []) add(f.fieldName, 'filters'); break;
    case 'calculateField':
      for (const side of ['left', 'right']) { const v = operand(opt.binary?.[side]); if (v !== undefined && isNaN(Number(v))) add(v, `binary.${side}`); }
      for (const f of opt.reduce?.include ?? []) add(f, 'reduce.include');
      add(opt.unary?.fieldName, 'unary.fieldName');
      add(opt.cumulative?.field, 'cumulative.field');
      add(opt.window?.field, 'window.field');
      break;
    case 'filterFieldsByName':
      for (const k of ['include', 'exclude']) for (const f of opt[k]?.names ?? []) add(f, `${k}.names`);
      break;
    case 'convertFieldType': for (const c of opt.conversions ?? []) add(c.targetField, 'conversions.targetField'); break;
    case 'formatString': add(opt.stringField, 'stringField'); break;
    case 'formatTime': add(opt.timeField, 'timeField'); break;
    case 'extractFields': add(opt.source, 'source'); break;
    case 'fieldLookup': add(opt.lookupField, 'lookupField'); break;
    case 'joinByField': add(opt.byField, 'byField'); break;
    case 'partitionByValues': for (const f of opt.fields ?? []) add(f, 'fields'); break;
    case 'groupBy': case 'groupToNestedTable': for (const f of Object.keys(opt.fields ?? {})) add(f, `fields.${f}`); break;
    case 'groupingToMatrix': for (const k of ['columnField', 'rowField', 'valueField']) add(opt[k], k); break;
    case 'rowsToFields': for (const m of opt.mappings ?? []) add(m.fieldName, 'mappings.fieldName'); break;
    case 'regression': add(opt.xFieldName, 'xFieldName'); add(opt.yFieldName, 'yFieldName'); break;
    case 'spatial': for (const k of ['latitude', 'longitude', 'geohash', 'lookup']) add(opt.source?.[k], `source.${k}`); break;
  }
  return out;
}

async function judgeData(panel, where, expect) {
  const transformations = panel.transformations ?? [];
  const at = (p) => ({ ...where, path: `${where.path}.${p}` });
  let frames = panelFrames(panel);
  const ctx = { interpolate: (v) => v };
  let opaque = null; // the first transformation the oracle cannot run: what follows has no known frames
  for (const [i, t] of transformations.entries()) {
    const p = `transformations[${i}]`;
    if (!check('transformations', at(`${p}.id`), transformerIds.has(t.id) ? null : `transformation '${t.id}' is not one of Grafana's transformer ids; Grafana skips it`)) continue;
    if (t.disabled) continue;
    const opt = t.options ?? {};
    for (const r of opt.reducers ?? []) check('registries', at(`${p}.options.reducers`), reducerProblem(r));
    for (const key of ['reduce', 'cumulative', 'window'])
      if (opt[key]?.reducer) check('registries', at(`${p}.options.${key}.reducer`), reducerProblem(opt[key].reducer));
    for (const [f, g] of Object.entries(opt.fields ?? {})) for (const r of g?.aggregations ?? []) check('registries', at(`${p}.options.fields.${f}.aggregations`), reducerProblem(r));
    if (opaque) continue;
    const names = allNames(frames);
    const refers = (field, what) => check('transformations', at(what), names.has(field) ? null
      : `'${field}' is not a field at this point; fields are: ${[...names].join(', ')}`);
    const labels = new Set(frames.flatMap((f) => f.fields.flatMap((x) => Object.keys(x.labels ?? {}))));
    const label = (l, what) => check('transformations', at(what), labels.has(l) ? null
      : `'${l}' is not a label of any series at this point; labels are: ${[...labels].join(', ')}`);
    const refIds = new Set(frames.map((f) => f.refId));
    const refId = (r, what) => check('transformations', at(what), refIds.has(r) ? null : `no query '${r}' answered this panel; refIds are: ${[...refIds].join(', ')}`);
    for (const [field, what] of fieldReferences(t.id, opt)) refers(field, `${p}.options.${what}`);
    if (t.id === 'labelsToFields') {
      for (const l of opt.keepLabels ?? []) label(l, `${p}.options.keepLabels`);
      if (opt.valueLabel) label(opt.valueLabel, `${p}.options.valueLabel`);
    } else if (t.id === 'joinByLabels') {
      if (opt.value) label(opt.value, `${p}.options.value`);
      for (const l of opt.join ?? []) label(l, `${p}.options.join`);
    } else if (t.id === 'filterByRefId' && opt.include) {
      refId(opt.include, `${p}.options.include`);
    } else if (t.id === 'timeSeriesTable') {
      for (const r of Object.keys(opt)) refId(r, `${p}.options.${r}`);
    }
    if (!executable.has(t.id)) { opaque = t.id; continue; } // known to Grafana but implemented in its app, not in @grafana/data
    try {
      frames = await lastValueFrom(grafana.transformDataFrame([t], frames, ctx));
    } catch (e) {
      fail('transformations', at(p), `Grafana's '${t.id}' transformer threw: ${e.message}`);
      return;
    }
  }
  if (opaque) return; // overrides and columns act on frames only Grafana's app can compute

  // Each override must hit at least one field of the transformed data, judged by Grafana's own matcher.
  (panel.fieldConfig?.overrides ?? []).forEach((o, i) => {
    const info = grafana.fieldMatchers.getIfExists(o.matcher?.id);
    if (!info) return;
    const matcher = info.get(o.matcher.options);
    const hits = frames.some((f) => f.fields.some((field) => matcher(field, f, frames)));
    check('overrides', at(`fieldConfig.overrides[${i}].matcher`), hits ? null
      : `matcher ${o.matcher.id}(${JSON.stringify(o.matcher.options)}) hits no field; fields are: ${[...allNames(frames)].join(', ')}`);
  });
  const names = allNames(frames);
  for (const s of panel.options?.sortBy ?? [])
    check('overrides', at('options.sortBy'), names.has(s.displayName) ? null : `table sort '${s.displayName}' names no field; fields are: ${[...names].join(', ')}`);
  for (const key of ['xField', 'colorByField']) {
    const v = panel.options?.[key];
    if (typeof v === 'string' && v !== '') check('overrides', at(`options.${key}`), names.has(v) ? null : `${key} '${v}' names no field; fields are: ${[...names].join(', ')}`);
  }

  // The columns the C# says, in its order, must be what Grafana shows.
  if (expect?.columns) {
    for (const f of frames) {
      const shown = displayNames(f, frames);
      const prefix = shown.slice(0, expect.columns.length);
      check('columns', at('transformations'), JSON.stringify(prefix) === JSON.stringify(expect.columns) ? null
        : `Grafana shows columns [${shown.join(', ')}]; the panel's C# says [${expect.columns.join(', ')}]`);
    }
  }
}

// ---------------------------------------------------------------- typed options (TypeScript against @grafana/schema)

function schemaModules() {
  const pkg = require('@grafana/schema/package.json');
  const modules = new Map();
  for (const key of Object.keys(pkg.exports)) {
    const m = /^\.\/dist\/esm\/raw\/composable\/(\w+)\/panelcfg\/x\/(\w+)_types\.gen$/.exec(key);
    if (m) modules.set(m[1], '@grafana/schema' + key.substring(1));
  }
  return modules;
}

const schemaRoot = path.dirname(require.resolve('@grafana/schema/package.json'));
const V2_ONLY_COLOR_MODES = new Set(['gradient', 'palette-colorblind', 'palette-categorical-next', 'palette-categorical-next-2', 'palette-categorical-next-3']);

// The options type of each transformer: @grafana/data's own declarations for the ones it implements (imported from
// its type files, which its package index does not all re-export), the app-side facts (app-transformers.d.ts) for the rest.
const TRANSFORMERS = `.transformer-types-${process.pid}`;
const DATA_OPTION_TYPES = {
  reduce: ['reduce', 'ReduceTransformerOptions'], order: ['order', 'OrderFieldsTransformerOptions'],
  organize: ['organize', 'OrganizeFieldsTransformerOptions'], rename: ['rename', 'RenameFieldsTransformerOptions'],
  calculateField: ['calculateField', 'CalculateFieldTransformerOptions'], seriesToRows: ['seriesToRows', 'SeriesToRowsTransformerOptions'],
  merge: ['merge', 'MergeTransformerOptions'], concatenate: ['concat', 'ConcatenateTransformerOptions'],
  labelsToFields: ['labelsToFields', 'LabelsToFieldsOptions'], filterFieldsByName: ['filterByName', 'FilterFieldsByNameTransformerOptions'],
  filterByRefId: ['filterByRefId', 'FilterFramesByRefIdTransformerOptions'], renameByRegex: ['renameByRegex', 'RenameByRegexTransformerOptions'],
  filterByValue: ['filterByValue', 'FilterByValueTransformerOptions'], noop: ['noop', 'NoopTransformerOptions'],
  groupBy: ['groupBy', 'GroupByTransformerOptions'], sortBy: ['sortBy', 'SortByTransformerOptions'],
  histogram: ['histogram', 'HistogramTransformerOptions'], convertFieldType: ['convertFieldType', 'ConvertFieldTypeTransformerOptions'],
  convertFrameType: ['convertFrameType', 'ConvertFrameTypeTransformerOptions'], joinByField: ['joinByField', 'JoinByFieldOptions'],
  seriesToColumns: ['joinByField', 'JoinByFieldOptions'], groupingToMatrix: ['groupingToMatrix', 'GroupingToMatrixTransformerOptions'],
  limit: ['limit', 'LimitTransformerOptions'], transpose: ['transpose', 'TransposeTransformerOptions'],
  formatTime: ['formatTime', 'FormatTimeTransformerOptions'], formatString: ['formatString', 'FormatStringTransformerOptions'],
  groupToNestedTable: ['groupToNestedTable', 'GroupToNestedTableTransformerOptions'],
};
const APP_OPTION_TYPES = ['rowsToFields', 'configFromData', 'prepareTimeSeries', 'fieldLookup', 'heatmap', 'spatial', 'joinByLabels',
  'extractFields', 'partitionByValues', 'timeSeriesTable', 'regression', 'smoothing'];

function transformerOptionsType(id) {
  if (DATA_OPTION_TYPES[id]) return `t.${DATA_OPTION_TYPES[id][1]}`;
  if (APP_OPTION_TYPES.includes(id)) return `App['${id}']`;
  return null;
}

/** A module re-exporting every options type above from @grafana/data's type files (written beside node_modules). */
function writeTransformerTypes() {
  const dir = 'node_modules/@grafana/data/dist/types/transformations/transformers';
  const lines = Object.values(DATA_OPTION_TYPES).map(([file, type]) => `export type { ${type} } from './${dir}/${file}';`);
  const file = path.join(__dirname, `${TRANSFORMERS}.d.ts`);
  fs.writeFileSync(file, [...new Set(lines)].join('\n') + '\n');
  return file;
}

/**
 * calculateField's binary operands as Grafana 12's editor saves them ({matcher: {id: 'byName', options}} or {fixed}):
 * the string operands of older dashboards, which Grafana still reads (calculateField's checkBinaryValueType), are
 * converted before the type check.
 */
function legacyOperands(t) {
  if (t.id !== 'calculateField' || !t.options?.binary) return t.options ?? {};
  const o = JSON.parse(JSON.stringify(t.options));
  for (const side of ['left', 'right']) {
    const v = o.binary[side];
    if (typeof v === 'string') o.binary[side] = isNaN(Number(v)) ? { matcher: { id: 'byName', options: v } } : { fixed: v };
  }
  return o;
}
const PLUGIN_DIR = { dashlist: 'dashboardlist', annolist: 'annotationslist' };
// Core panels @grafana/schema does not publish: typed from Grafana's source in unpublished-panels.d.ts (no FieldConfig).
const UNPUBLISHED = new Set(['alertlist', 'flamegraph', 'traces', 'datagrid']);

function judgeSchema(jobs) {
  const ts = require('typescript');
  const modules = schemaModules();
  // JSON has no enums: a string enum member is written as its value. Json<T> turns each string enum into the union of its
  // values and makes every key optional (Grafana merges a plugin's defaults into saved options); unknown keys
  // (excess-property checks) and wrong types still fail as published.
  const lines = ["import type * as schema from '@grafana/schema';",
    `import type * as t from './${TRANSFORMERS}';`,
    "import type { TransformerOptions as App } from './app-transformers';",
    "import type { FieldColorModeId as V2ColorMode } from './node_modules/@grafana/schema/dist/types/schema/dashboard/v2/types.spec.gen';",
    'type Json<T> = T extends string ? `${T}` : T extends (infer U)[] ? Json<U>[] : T extends object ? { [K in keyof T]?: Json<T[K]> } : T;'];
  const imports = new Map();
  const spans = []; // [startLine, endLine, where, what]
  const push = (where, what, text) => {
    const start = lines.length;
    lines.push(...text.split('\n'));
    spans.push([start, lines.length - 1, where, what]);
  };
  const typeName = (pluginType) => {
    const dir = PLUGIN_DIR[pluginType] ?? pluginType.toLowerCase().replace(/-/g, '');
    if (UNPUBLISHED.has(dir)) {
      if (!imports.has('unpublished')) { imports.set('unpublished', 'u'); lines.splice(1, 0, "import type * as u from './unpublished-panels';"); spans.forEach((s) => { s[0]++; s[1]++; }); }
      return `u.${dir}`;
    }
    const mod = modules.get(dir);
    if (!mod) return null;
    if (!imports.has(dir)) { imports.set(dir, `p_${dir}`); lines.splice(1, 0, `import type * as p_${dir} from '${mod}';`); spans.forEach((s) => { s[0]++; s[1]++; }); }
    return `p_${dir}`;
  };
  let n = 0;
  for (const job of jobs) {
    n++;
    current = job.where.dashboard;
    if (job.dashboard) {
      const copy = JSON.parse(JSON.stringify(job.dashboard));
      // Keys Grafana's own frontend saves although the published type omits them (docs/fidelity.md).
      for (const v of copy.templating?.list ?? []) {
        delete v.definition; // query variables: the query's text form, saved by the variable editor
        if (v.type === 'interval') { delete v.auto; delete v.auto_count; delete v.auto_min; } // interval variable editor
      }
      for (const a of copy.annotations?.list ?? []) {
        // A datasource's own query (typed by its plugin, not by the dashboard schema), in the nested or the classic
        // top-level form that Grafana's Prometheus annotation support reads.
        delete a.target;
        if (a.datasource?.type === 'prometheus') for (const k of ['expr', 'step', 'titleFormat', 'textFormat', 'tagKeys', 'useValueForTime']) delete a[k];
      }
      // Colour modes Grafana's registry and the v2 dashboard schema have but the v1 FieldColorModeId lags behind on
      // (gradient, palette-colorblind, palette-categorical-next*): checked against v2's type, then left out of the v1 check.
      for (const { panel: cp, path: pp } of panelsOf(copy)) {
        const colors = [[cp.fieldConfig?.defaults?.color, `${pp}.fieldConfig.defaults.color.mode`],
          ...(cp.fieldConfig?.overrides ?? []).flatMap((o, i) => (o.properties ?? []).map((q, j) => [q.id === 'color' ? q.value : null, `${pp}.fieldConfig.overrides[${i}].properties[${j}].value.mode`]))];
        for (const [color, cpath] of colors) {
          if (!color || !V2_ONLY_COLOR_MODES.has(color.mode)) continue;
          push({ ...job.where, path: cpath }, 'colour mode (v2 schema)', `const m${n}_${spans.length}: V2ColorMode = ${JSON.stringify(color.mode)};`);
          count('schema');
          color.mode = 'fixed';
        }
      }
      push(job.where, 'dashboard', `const d${n}: Json<schema.Dashboard> = ${JSON.stringify(copy, null, 1)};`);
      count('schema');
      continue;
    }
    const p = job.panel;
    for (const [i, t] of (p.transformations ?? []).entries()) {
      const type = transformerOptionsType(t.id);
      if (!type) continue; // not a transformer id: the transformations category fails it
      push({ ...job.where, path: `${job.where.path}.transformations[${i}]` }, 'options', `const t${n}_${i}: Json<${type}> = ${JSON.stringify(legacyOperands(t), null, 1)};`);
      count('schema');
    }
    const mod = typeName(p.type);
    if (!mod) { fail('schema', job.where, `panel type '${p.type}' has no published schema in @grafana/schema`); count('schema'); continue; }
    push(job.where, 'options', `const o${n}: Json<${mod}.Options> = ${JSON.stringify(p.options ?? {}, null, 1)};`);
    count('schema');
    // Override properties of the plugin's own field config (custom.*) are typed by the same FieldConfig: each is
    // checked as the nested object its id spells (custom.footer.reducers -> {footer: {reducers: value}}).
    const fcDir = PLUGIN_DIR[p.type] ?? p.type.toLowerCase().replace(/-/g, '');
    const fcDeclared = path.join(schemaRoot, 'dist/types/raw/composable', fcDir, 'panelcfg/x/types.gen.d.ts');
    const pluginHasFc = fs.existsSync(fcDeclared) && /interface FieldConfig\b/.test(fs.readFileSync(fcDeclared, 'utf8'));
    if (pluginHasFc) (p.fieldConfig?.overrides ?? []).forEach((o, i) => (o.properties ?? []).forEach((q, j) => {
      if (typeof q.id !== 'string' || !q.id.startsWith('custom.') || q.value === null) return;
      const nested = q.id.substring('custom.'.length).split('.').reduceRight((v, k) => ({ [k]: v }), q.value);
      push({ ...job.where, path: `${job.where.path}.fieldConfig.overrides[${i}].properties[${j}]` }, `(${q.id})`,
        `const q${n}_${i}_${j}: Json<${mod}.FieldConfig> = ${JSON.stringify(nested, null, 1)};`);
      count('schema');
    }));
    const custom = p.fieldConfig?.defaults?.custom;
    if (custom !== undefined) {
      const dir = PLUGIN_DIR[p.type] ?? p.type.toLowerCase().replace(/-/g, '');
      const declared = path.join(schemaRoot, 'dist/types/raw/composable', dir, 'panelcfg/x/types.gen.d.ts');
      const hasFc = !UNPUBLISHED.has(dir) && /interface FieldConfig\b/.test(fs.readFileSync(declared, 'utf8'));
      push(job.where, 'fieldConfig.defaults.custom', `const c${n}: ${hasFc ? `Json<${mod}.FieldConfig>` : 'Record<string, never>'} = ${JSON.stringify(custom, null, 1)};`);
      count('schema');
    }
  }
  const file = path.join(__dirname, `.oracle-check-${process.pid}.ts`); // beside node_modules, so imports resolve
  fs.writeFileSync(file, lines.join('\n'));
  const typesFile = writeTransformerTypes();
  try {
    const program = ts.createProgram([file], {
      strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ['lib.es2022.d.ts'],
      module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022,
    });
    const source = program.getSourceFile(file);
    for (const d of ts.getPreEmitDiagnostics(program, source)) {
      const line = d.start !== undefined ? source.getLineAndCharacterOfPosition(d.start).line : -1;
      const span = spans.find((s) => line >= s[0] && line <= s[1]);
      const text = ts.flattenDiagnosticMessageText(d.messageText, ' ');
      const where = span ? span[2] : { dashboard: '?', panel: null, path: null };
      const what = span ? span[3] : 'module';
      const pathHint = span ? lineKeyPath(lines, span[0], line) : '';
      failures.push({ category: 'schema', dashboard: where.dashboard, panel: where.panel, path: `${where.path}${where.path ? '.' : ''}${what}${pathHint}`, message: text });
    }
  } finally {
    fs.rmSync(file, { force: true });
    fs.rmSync(typesFile, { force: true });
  }
}

/** The JSON path (keys and [indexes]) of `line` inside the declaration that starts at `start` (JSON.stringify indent 1). */
function lineKeyPath(lines, start, line) {
  const stack = []; // { name, count } per open object/array; count numbers an array's elements
  let leaf = null;
  for (let i = start + 1; i <= line && i < lines.length; i++) {
    const text = lines[i].trim();
    leaf = null;
    if (text.startsWith('}') || text.startsWith(']')) { stack.pop(); continue; }
    const m = /^"((?:[^"\\]|\\.)*)":\s*(.*)$/.exec(text);
    const parent = stack[stack.length - 1];
    const name = m ? `.${m[1]}` : parent ? `[${parent.count++}]` : '';
    const rest = (m ? m[2] : text).replace(/,$/, '');
    if (rest === '{' || rest === '[') stack.push({ name, count: 0 });
    else leaf = name;
  }
  return stack.map((s) => s.name).join('') + (leaf ?? '');
}

/** What Grafana's registries hold, for the tests to compare with the typed model's vocabulary. */
function registry() {
  return {
    units: Object.keys(grafana.getValueFormatterIndex()).sort(),
    reducers: grafana.fieldReducers.list().map((r) => r.id),
    colorModes: grafana.fieldColorModeRegistry.list().map((m) => m.id),
    matchers: grafana.fieldMatchers.list().map((m) => m.id),
    transformers: [...transformerIds],
    executableTransformers: [...executable.keys()],
    cellTypes: [...cellTypes],
    namedColors: [...namedColors],
  };
}

// ---------------------------------------------------------------- main

async function main() {
  const manifest = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const schemaJobs = [];
  for (const entry of manifest.dashboards) {
    current = entry.name;
    try {
      await judge(entry, schemaJobs);
    } catch (e) {
      fail('oracle', { dashboard: entry.name }, `the oracle crashed on this dashboard: ${e.stack}`);
    }
  }
  current = null;
  judgeSchema(schemaJobs);
  process.stdout.write(JSON.stringify({ grafana: require('@grafana/data/package.json').version, checks, checksByInput, failures, registry: registry() }, null, 1));
}

main().catch((e) => { console.error(e.stack); process.exit(2); });
