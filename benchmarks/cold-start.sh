#!/usr/bin/env bash
# Cold start, side by side: the five suites' emit as a process (compile, model and schema validation, write 13
# dashboards and 5 rule files) against the peer, a node process that builds and writes 13 foundation-SDK dashboards
# of 11 panels (benchmarks/peer/bench.js emit). Runs alternate (ours, peer, ours, peer ...); the figure is the ratio
# of medians, wall and user+sys CPU. A loaded machine inflates both sides alike; read the ratio, not the seconds.
#
# Ours is published the way a user publishes a dashboards project: `dotnet publish -c Release` (the project's own
# settings: self-contained, composite ReadyToRun; see dashboards/Dashboards.Suites.csproj).
#
#   benchmarks/cold-start.sh [RUNS]          # default 15 runs of each; needs `npm ci` in benchmarks/peer
#   VARIANT_ENV="DOTNET_TieredPGO=1" benchmarks/cold-start.sh   # try a runtime setting on our side
#   BUILT=1 benchmarks/cold-start.sh          # ours built (`dotnet build`, JIT at start) instead of published
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-15}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -n "${BUILT:-}" ]; then
  dotnet build dashboards -c Release -o "$work/bin" -v quiet -nologo >/dev/null
else
  dotnet publish dashboards -c Release -o "$work/bin" -v quiet -nologo >/dev/null
fi
[ -f benchmarks/peer/node_modules/@grafana/grafana-foundation-sdk/package.json ] || (cd benchmarks/peer && npm ci --no-audit --no-fund >/dev/null)

ours=("$work/bin/Dashboards.Suites" --output "$work/ours")
peer=(node benchmarks/peer/bench.js emit --dashboards 13 --panels 11 --output "$work/peer")

# One timed run: prints "wall user+sys" in seconds.
timed() { /usr/bin/time -f "%e %U %S" -o "$work/t" env ${VARIANT_ENV:-} "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
          awk '{ printf "%s %.3f\n", $1, $2 + $3 }' "$work/t"; }

"${ours[@]}" >/dev/null; "${peer[@]}"   # warm the file cache once
: >"$work/ours.txt"; : >"$work/peer.txt"
for i in $(seq "$runs"); do
  timed "${ours[@]}" >>"$work/ours.txt"
  timed "${peer[@]}" >>"$work/peer.txt"
done

dash=$(ls "$work/ours"/*/*.json 2>/dev/null | wc -l); pdash=$(ls "$work/peer"/*.json | wc -l)
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
ow=$(cut -d' ' -f1 "$work/ours.txt" | median); oc=$(cut -d' ' -f2 "$work/ours.txt" | median)
pw=$(cut -d' ' -f1 "$work/peer.txt" | median); pc=$(cut -d' ' -f2 "$work/peer.txt" | median)
echo "runs $runs each, interleaved; ours wrote $dash dashboards, the peer $pdash; load average $(cut -d' ' -f1-3 /proc/loadavg)${VARIANT_ENV:+; ours with $VARIANT_ENV}${BUILT:+; ours built, not published}"
echo "| | wall (median) | user+sys CPU (median) |"
echo "|---|---:|---:|"
echo "| ours: five suites' emit | ${ow} s | ${oc} s |"
echo "| peer: node, 13 foundation-SDK dashboards × 11 panels | ${pw} s | ${pc} s |"
awk -v ow="$ow" -v oc="$oc" -v pw="$pw" -v pc="$pc" 'BEGIN { printf "| ours / peer | %.2f× | %.2f× |\n", ow / pw, oc / pc }'
