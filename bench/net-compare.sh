#!/usr/bin/env bash
# net benchmarks, node vs minode, side by side.
#
#   bench/net-compare.sh [MiB]     minode = $MINODE (default build/minode)
# 1. echo throughput: one client streams MiB (default 1024 = 1 GiB) through
#    an echo server (bench/net-echo.js); MB/s, higher is better.
# 2. idle connections (1,000 and 10,000): the server's RSS growth per
#    connection after one request on each, and the CPU ticks (10 ms) it uses
#    during 3 s of idleness (bench/net-idle-server.js under each runtime;
#    the clients always run under node, in another process).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
minode=${MINODE:-$root/build/minode}
mib=${1:-1024}
ulimit -n 20000 2>/dev/null || ulimit -n "$(ulimit -Hn)"

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
wait_line() { until grep -q "$2" "$1" 2>/dev/null; do sleep 0.05; done; }

# idle_run RUNTIME N: the server under RUNTIME, N clients under node (another
# process); prints the server's RSS growth per connection and its CPU use
# during 3 s of idleness.
idle_run() {
  local sout cout; sout=$(mktemp); cout=$(mktemp)
  "$1" "$root/bench/net-idle-server.js" > "$sout" &
  local spid=$!
  wait_line "$sout" '^PORT'
  local port; port=$(sed -n 's/^PORT //p' "$sout")
  local rss0; rss0=$(rss_kib "$spid")
  node "$root/bench/net-idle-client.js" "$port" "$2" > "$cout" &
  local cpid=$!
  wait_line "$cout" '^READY'
  sleep 0.5
  local rss1 t0 t1; rss1=$(rss_kib "$spid"); t0=$(cpu_ticks "$spid")
  sleep 3
  t1=$(cpu_ticks "$spid")
  kill "$cpid" "$spid"; wait "$cpid" "$spid" 2>/dev/null || true
  awk -v n="$2" -v a="$rss0" -v b="$rss1" -v c=$((t1 - t0)) 'BEGIN {
    printf "  %6d idle connections: %6.2f KiB RSS per connection (server), idle CPU %d ticks in 3 s\n", n, (b - a) / n, c }'
  rm -f "$sout" "$cout"
}

for rt in node "$minode"; do
  name=$(basename "$rt")
  echo "== $name"
  "$rt" "$root/bench/net-echo.js" "$mib"
  idle_run "$rt" 1000
  idle_run "$rt" 10000
done
