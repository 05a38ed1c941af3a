#!/usr/bin/env bash
# Scale as a ratio: emitting 10,000 dashboards of 20 panels (Dashboards.Benchmarks scale: generate, compile with model
# and schema validation, write) against the five suites' emit (13 dashboards), both as processes of the same build,
# run one after the other. Prints wall time, user+sys CPU and max RSS of each, and the ratios.
#   benchmarks/scale-ratio.sh [DASHBOARDS] [PANELS]     # default 10000 20
set -euo pipefail
cd "$(dirname "$0")/.."
dashboards="${1:-10000}"; panels="${2:-20}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build benchmarks/Dashboards.Benchmarks -c Release -o "$work/bin" -v quiet -nologo >/dev/null

measure() { /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >"$work/out" 2>&1 || { cat "$work/out" >&2; exit 1; }
            awk '{ printf "%s %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$work/t"; }

read -r sw sc sm < <(measure "$work/bin/Dashboards.Suites" --output "$work/suites")
read -r bw bc bm < <(measure dotnet "$work/bin/Dashboards.Benchmarks.dll" scale --dashboards "$dashboards" --panels "$panels" --output "$work/scale")
files=$(find "$work/scale" -name '*.json' | wc -l)
echo "load average $(cut -d' ' -f1-3 /proc/loadavg); scale wrote $files dashboards"
echo "| run | wall | user+sys CPU | max RSS |"
echo "|---|---:|---:|---:|"
echo "| five suites' emit (13 dashboards) | ${sw} s | ${sc} s | ${sm} MB |"
echo "| scale: $dashboards dashboards × $panels panels | ${bw} s | ${bc} s | ${bm} MB |"
awk -v sw="$sw" -v sc="$sc" -v sm="$sm" -v bw="$bw" -v bc="$bc" -v bm="$bm" \
  'BEGIN { printf "| scale / suites | %.1f× | %.1f× | %.2f× |\n", bw / sw, bc / sc, bm / sm }'
