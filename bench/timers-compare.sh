#!/usr/bin/env bash
# Timers and loop benchmarks, node vs minode, side by side (wall time of the
# whole process, median of 3 runs; hyperfine if installed).
#
#   bench/timers-compare.sh            minode = $MINODE (default build/minode)
# Prints: benchmark, node s, minode s, ratio (minode / node).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
minode=${MINODE:-$root/build/minode}

median_wall() {  # median_wall CMD... -> seconds
  local times=()
  for _ in 1 2 3; do
    local t0 t1
    t0=$(date +%s.%N); "$@" > /dev/null; t1=$(date +%s.%N)
    times+=("$(echo "$t1 - $t0" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -g | sed -n 2p
}

printf '%-26s %8s %8s %7s\n' benchmark node minode ratio
for b in timers-random timers-immediate-chain timers-nexttick-chain; do
  n=$(median_wall node "$root/bench/$b.js")
  m=$(median_wall "$minode" "$root/bench/$b.js")
  printf '%-26s %8.3f %8.3f %7.2f\n' "$b" "$n" "$m" "$(echo "$m / $n" | bc -l)"
done
