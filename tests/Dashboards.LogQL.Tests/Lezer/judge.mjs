// Grafana's LogQL grammar as a judge: reads a JSON array of queries on stdin, writes a JSON array of
// { ok, from, node } (ok = no error node in the tree; from = offset of the first error node).
// Grafana replaces its variables before a query reaches Loki; ranges such as [$__auto] become [5m] here, as they would.
import { parser } from '@grafana/lezer-logql';

const input = await new Promise((resolve) => {
  let data = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => (data += chunk));
  process.stdin.on('end', () => resolve(data));
});

const substitute = (q) => q.replace(/\[\$(\{[^}]*\}|[A-Za-z0-9_]+)\]/g, '[5m]');

const results = JSON.parse(input).map((query) => {
  const text = substitute(query);
  const tree = parser.parse(text);
  let from = -1;
  let node = '';
  tree.iterate({
    enter: (n) => {
      if (from < 0 && n.type.isError) {
        from = n.from;
        node = n.node.parent ? n.node.parent.name : '';
      }
    },
  });
  return { ok: from < 0, from, node };
});
process.stdout.write(JSON.stringify(results));
