#!/usr/bin/env bash
# Cold start, side by side: the five suites' emit as a process (compile, model and schema validation, lint, write 13
# dashboards and 4 rule files) against the peer, a node process that builds and writes 13 foundation-SDK dashboards
# of 11 panels (benchmarks/peer/bench.js emit). Runs alternate (ours, peer, ours, peer ...), so a change in the
# machine's load hits both sides alike; the figures are the ratios of the medians, wall and user+sys CPU, with the
# quartiles of each side to show the spread. Read the ratios, not the seconds. On a busy machine the CPU ratio is the
# steadier one: wall time then includes waiting for a core, and the peer (node) uses a second core for its JIT and GC
# threads while ours runs on one.
#
# Ours is published the way a user publishes a dashboards project: `dotnet publish -c Release` (the project's own
# settings: self-contained, composite ReadyToRun; see dashboards/Dashboards.Suites.csproj). The publish takes minutes.
#
#   benchmarks/cold-start.sh [RUNS]          # default 21 runs of each; installs the peer's npm package when missing
#   PUBLISHED=/tmp/bin benchmarks/cold-start.sh 41   # reuse a publish of dashboards/ made before (no rebuild)
#   VARIANT_ENV="DOTNET_TieredPGO=1" benchmarks/cold-start.sh   # try a runtime setting on our side
#   BUILT=1 benchmarks/cold-start.sh          # ours built (`dotnet build`, JIT at start) instead of published
#
# Timing: bash's `time` (getrusage of the child, millisecond resolution); /usr/bin/time's 10 ms steps were too coarse
# for processes of about 0.15 s.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-21}"
case "$runs" in ''|*[!0-9]*) echo "RUNS must be a positive number, got '$runs'" >&2; exit 2 ;; esac
[ "$runs" -ge 1 ] || { echo "RUNS must be at least 1" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -n "${PUBLISHED:-}" ]; then
  bin="$PUBLISHED"
  [ -x "$bin/Dashboards.Suites" ] || { echo "PUBLISHED=$bin has no Dashboards.Suites executable" >&2; exit 2; }
elif [ -n "${BUILT:-}" ]; then
  bin="$work/bin"; dotnet build dashboards -c Release -o "$bin" -v quiet -nologo >/dev/null
else
  bin="$work/bin"; dotnet publish dashboards -c Release -o "$bin" -v quiet -nologo >/dev/null
fi
[ -f benchmarks/peer/node_modules/@grafana/grafana-foundation-sdk/package.json ] || (cd benchmarks/peer && npm ci --no-audit --no-fund >/dev/null)

ours=("$bin/Dashboards.Suites" --output "$work/ours")
peer=(node benchmarks/peer/bench.js emit --dashboards 13 --panels 11 --output "$work/peer")

# One timed run, appended to $1 as "wall user+sys" in seconds.
TIMEFORMAT='%3R %3U %3S'
timed() {
  local out="$1" rc=0; shift
  { time env ${VARIANT_ENV:-} "$@" >/dev/null 2>"$work/err" ; } 2>"$work/t" || rc=$?
  if [ "$rc" -ne 0 ]; then cat "$work/err" >&2; echo "exit code $rc: $*" >&2; exit 1; fi
  awk '{ printf "%s %.3f\n", $1, $2 + $3 }' "$work/t" >>"$out"
}

"${ours[@]}" >/dev/null; "${peer[@]}" >/dev/null   # warm the file cache once
: >"$work/ours.txt"; : >"$work/peer.txt"
for i in $(seq "$runs"); do
  timed "$work/ours.txt" "${ours[@]}"
  timed "$work/peer.txt" "${peer[@]}"
done

dash=$(ls "$work/ours"/*/*.json 2>/dev/null | wc -l); pdash=$(ls "$work/peer"/*.json | wc -l)
# quantile Q (0.25, 0.5, 0.75) of a column of numbers, by linear interpolation
q() { sort -n | awk -v q="$1" '{ a[NR] = $1 } END { p = 1 + (NR - 1) * q; i = int(p); f = p - i; printf "%.3f", (i < NR) ? a[i] + f * (a[i + 1] - a[i]) : a[NR] }'; }
col() { cut -d' ' -f"$2" "$work/$1.txt"; }
ow=$(col ours 1 | q 0.5); oc=$(col ours 2 | q 0.5); pw=$(col peer 1 | q 0.5); pc=$(col peer 2 | q 0.5)
spread() { echo "$(col "$1" "$2" | q 0.25)–$(col "$1" "$2" | q 0.75)"; }
echo "runs $runs each, interleaved; ours wrote $dash dashboards, the peer $pdash; load average $(cut -d' ' -f1-3 /proc/loadavg)${VARIANT_ENV:+; ours with $VARIANT_ENV}${BUILT:+; ours built, not published}"
echo "| | wall, median (quartiles) | user+sys CPU, median (quartiles) |"
echo "|---|---:|---:|"
echo "| ours: five suites' emit | ${ow} s ($(spread ours 1)) | ${oc} s ($(spread ours 2)) |"
echo "| peer: node, 13 foundation-SDK dashboards × 11 panels | ${pw} s ($(spread peer 1)) | ${pc} s ($(spread peer 2)) |"
awk -v ow="$ow" -v oc="$oc" -v pw="$pw" -v pc="$pc" 'BEGIN { printf "| **ours / peer** | **%.2f×** | **%.2f×** |\n", ow / pw, oc / pc }'
