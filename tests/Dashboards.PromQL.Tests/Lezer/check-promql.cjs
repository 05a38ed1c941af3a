// Syntax judge for the tests: Prometheus's own Lezer grammar (npm @prometheus-io/lezer-promql, the grammar of its web UI).
// Reads queries (one JSON string per line) on stdin; writes one line per query: "ok" or "error <offset>".
const { parser } = require('@prometheus-io/lezer-promql');
const lines = require('fs').readFileSync(0, 'utf8').split('\n').filter(l => l.length > 0);
const out = [];
for (const line of lines) {
  const text = JSON.parse(line);
  const tree = parser.parse(text);
  let error = -1;
  tree.iterate({ enter: n => { if (error < 0 && n.type.isError) error = n.from; } });
  out.push(error < 0 ? 'ok' : 'error ' + error);
}
process.stdout.write(out.join('\n') + '\n');
