#!/usr/bin/env bash
# HTTP hello world, node vs minode, side by side.
#
#   bench/http-hello.sh                  minode = $MINODE (default build/minode)
#   DURATION=10 CONNS=50 bench/http-hello.sh
# Each server runs pinned to CPU 0 (taskset -c 0); wrk (-t1) runs on CPU 1.
# Two loads: CONNS keep-alive connections (default 50), and 1 connection.
# Prints per server and load: requests/s, the server's CPU seconds (from
# /proc/<pid>/stat, user+sys) and requests per server CPU-second, which is
# the fair figure on a shared machine; then the minode/node ratios.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
minode=${MINODE:-$root/build/minode}
duration=${DURATION:-10}
conns=${CONNS:-50}
tick=$(getconf CLK_TCK)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

cpu_seconds() {  # cpu_seconds PID -> user+sys seconds so far
  awk -v t="$tick" '{ printf "%.3f", ($14 + $15) / t }' "/proc/$1/stat"
}

run_one() {  # run_one NAME BINARY CONNS -> "rps cpu rps_per_cpu"
  local name=$1 bin=$2 c=$3
  taskset -c 0 "$bin" "$root/bench/http-hello.js" > "$out/$name.port" &
  local pid=$!
  for _ in $(seq 50); do [ -s "$out/$name.port" ] && break; sleep 0.1; done
  local port; port=$(head -1 "$out/$name.port")
  local c0; c0=$(cpu_seconds "$pid")
  taskset -c 1 wrk -t1 -c"$c" -d"${duration}s" "http://127.0.0.1:$port/" > "$out/$name.wrk"
  local c1; c1=$(cpu_seconds "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  local rps; rps=$(awk '/Requests\/sec/ { print $2 }' "$out/$name.wrk")
  local cpu; cpu=$(echo "$c1 - $c0" | bc -l)
  local total; total=$(awk '/requests in/ { print $1 }' "$out/$name.wrk")
  local per; per=$(echo "if ($cpu > 0) $total / $cpu else 0" | bc -l)
  printf '%s %s %s\n' "$rps" "$cpu" "$per"
}

printf '%-8s %-6s %12s %10s %16s\n' server conns 'requests/s' 'cpu s' 'req/cpu-second'
for c in "$conns" 1; do
  read -r n_rps n_cpu n_per < <(run_one node node "$c")
  read -r m_rps m_cpu m_per < <(run_one minode "$minode" "$c")
  printf '%-8s %-6s %12.0f %10.2f %16.0f\n' node "$c" "$n_rps" "$n_cpu" "$n_per"
  printf '%-8s %-6s %12.0f %10.2f %16.0f\n' minode "$c" "$m_rps" "$m_cpu" "$m_per"
  printf '%-8s %-6s %12.2f %10s %16.2f\n' ratio "$c" "$(echo "$m_rps / $n_rps" | bc -l)" '' \
    "$(echo "if ($n_per > 0) $m_per / $n_per else 0" | bc -l)"
done
