#!/usr/bin/env bash
# Timers and loop benchmarks, node vs minode, side by side (median of 3 runs
# of the whole process).
#
#   bench/timers-compare.sh            minode = $MINODE (default build/minode)
# Prints: benchmark, node s, minode s, ratio (minode / node) for wall time,
# then the same for CPU time (user + sys), which a loaded machine disturbs
# less than wall time (wall also includes the benchmark's own waits: the
# 100 ms of timers-random).
# For deterministic figures, count instructions instead, e.g.:
#   valgrind --tool=callgrind --dump-instr=no build/minode bench/timers-random.js 12000
# at two sizes N0 < N: (Ir(N) - Ir(N0)) / (N - N0) per operation.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
minode=${MINODE:-$root/build/minode}

median_times() {  # median_times CMD... -> "wall cpu" (seconds, medians of 3)
  local walls=() cpus=() out
  for _ in 1 2 3; do
    out=$( { /usr/bin/time -f '%e %U %S' "$@" > /dev/null; } 2>&1 | tail -1)
    walls+=("$(echo "$out" | awk '{print $1}')")
    cpus+=("$(echo "$out" | awk '{print $2 + $3}')")
  done
  echo "$(printf '%s\n' "${walls[@]}" | sort -g | sed -n 2p)" \
       "$(printf '%s\n' "${cpus[@]}" | sort -g | sed -n 2p)"
}

printf '%-26s %8s %8s %7s   %8s %8s %7s\n' benchmark node minode ratio 'node cpu' 'minode' ratio
for b in timers-random timers-immediate-chain timers-nexttick-chain; do
  read -r nw nc < <(median_times node "$root/bench/$b.js")
  read -r mw mc < <(median_times "$minode" "$root/bench/$b.js")
  printf '%-26s %8.3f %8.3f %7.2f   %8.3f %8.3f %7.2f\n' "$b" "$nw" "$mw" \
    "$(echo "$mw / $nw" | bc -l)" "$nc" "$mc" "$(echo "$mc / $nc" | bc -l)"
done
