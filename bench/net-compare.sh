#!/usr/bin/env bash
# net benchmarks, node vs minode, side by side.
#
#   bench/net-compare.sh [MiB]     minode = $MINODE (default build/minode)
# 1. echo throughput: one client streams MiB (default 1024 = 1 GiB) through
#    an echo server (bench/net-echo.js); MB/s, higher is better.
# 2. idle connections (1,000 and 10,000): RSS per connection pair after one
#    request on each, and CPU ticks used during 3 s of idleness
#    (bench/net-idle.js; CPU read from /proc/PID/stat).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
minode=${MINODE:-$root/build/minode}
mib=${1:-1024}
ulimit -n 20000 2>/dev/null || ulimit -n "$(ulimit -Hn)"

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

idle_run() {  # idle_run RUNTIME N -> "<rss line> | idle CPU <ticks> ticks"
  local out; out=$(mktemp)
  "$1" "$root/bench/net-idle.js" "$2" > "$out" &
  local pid=$!
  until grep -q '^IDLE' "$out" 2>/dev/null; do sleep 0.05; done
  local t0; t0=$(cpu_ticks "$pid")
  until grep -q '^DONE' "$out" 2>/dev/null; do sleep 0.05; done
  local t1; t1=$(cpu_ticks "$pid" 2>/dev/null || echo "$t0")
  wait "$pid"
  echo "$(sed -n 's/^IDLE //p' "$out") | idle CPU $((t1 - t0)) ticks (1 tick = 10 ms) in 3 s"
  rm -f "$out"
}

for rt in node "$minode"; do
  name=$(basename "$rt")
  echo "== $name"
  "$rt" "$root/bench/net-echo.js" "$mib"
  idle_run "$rt" 1000
  idle_run "$rt" 10000
done
