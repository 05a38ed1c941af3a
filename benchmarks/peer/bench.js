// Driver for the peer (see dashboard.js). Called by `Dashboards.Benchmarks peer` (the side-by-side run) and by
// benchmarks/peer/cold-start.sh; usable by hand:
//   node bench.js time --panels 10 [--warmup-ms 1500] [--ms 1500]   one JSON line: wall and CPU ns per build+serialize
//   node bench.js dump --panels 10                                   the dashboard's JSON on stdout
//   node bench.js emit --dashboards 13 --panels 11 --output DIR      build and write dashboards as files (cold start)
'use strict';
const fs = require('fs');
const path = require('path');
const { buildAndSerialize } = require('./dashboard.js');

function option(args, name, fallback) {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  if (value === undefined) throw new Error(`option '${name}' needs a value`);
  return value;
}

function positive(args, name, fallback) {
  const raw = option(args, name, undefined);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`option '${name}' needs a positive whole number, not '${raw}'`);
  return n;
}

const cpuNs = () => { const u = process.cpuUsage(); return (u.user + u.system) * 1000; };

// Runs build+serialize for at least `ms` milliseconds; returns ops, wall ns and process CPU ns.
function run(panels, ms) {
  let sink = 0, ops = 0;
  const budget = BigInt(ms) * 1000000n;
  const cpu0 = cpuNs();
  const t0 = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let k = 0; k < 16; k++) sink += buildAndSerialize(k, panels).length;
    ops += 16;
    elapsed = process.hrtime.bigint() - t0;
  }
  const cpu = cpuNs() - cpu0;
  if (sink === 0) throw new Error('nothing serialized');
  return { ops, wallNs: Number(elapsed), cpuNs: cpu };
}

function main(args) {
  const mode = args[0];
  if (mode === 'time') {
    const panels = positive(args, '--panels', 10);
    run(panels, positive(args, '--warmup-ms', 1500));
    const r = run(panels, positive(args, '--ms', 1500));
    const heap = process.memoryUsage();
    process.stdout.write(JSON.stringify({
      panels, ops: r.ops, wallNsPerOp: r.wallNs / r.ops, cpuNsPerOp: r.cpuNs / r.ops,
      node: process.version, heapUsed: heap.heapUsed,
    }) + '\n');
  } else if (mode === 'dump') {
    process.stdout.write(buildAndSerialize(0, positive(args, '--panels', 10)));
  } else if (mode === 'emit') {
    const dashboards = positive(args, '--dashboards', 13);
    const panels = positive(args, '--panels', 11);
    const output = option(args, '--output', '');
    if (!output) throw new Error("option '--output DIR' is required");
    fs.mkdirSync(output, { recursive: true });
    for (let i = 0; i < dashboards; i++) fs.writeFileSync(path.join(output, `bench-${i}.json`), buildAndSerialize(i, panels));
  } else {
    throw new Error("usage: node bench.js time|dump|emit [options] (see the comment at the top of bench.js)");
  }
}

try {
  main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`bench.js: ${e.message}\n`);
  process.exit(2);
}
