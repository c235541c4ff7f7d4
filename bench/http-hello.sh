#!/usr/bin/env bash
# HTTP hello world, node vs minode, side by side.
#
#   bench/http-hello.sh                  minode = $MINODE (default build/minode)
#   DURATION=10 CONNS="50 1000" bench/http-hello.sh
#   FLOOR=1 bench/http-hello.sh          also runs bench/http-floor.c (needs cc)
# Each server runs pinned to CPU 0 (taskset -c 0); wrk (-t1, --latency) runs
# on CPU 1. One keep-alive load per entry of CONNS (default "50 1000").
# Prints per server and load: requests/s, the server's CPU seconds (from
# /proc/<pid>/stat, user+sys), requests per server CPU-second (the fair
# figure on a shared machine), the server's user and kernel CPU microseconds
# per request (the kernel part is the TCP work no runtime can skip), wrk's
# p99 latency, socket errors + timeouts, and the server's peak resident
# memory (VmHWM); then the minode/node ratios.
# With FLOOR=1, a third server runs under the same load: bench/http-floor.c,
# a few lines of C over epoll that only counts request heads and writes the
# response, so its CPU per request is the kernel's TCP work with almost
# nothing on top; "ceiling" is its requests per CPU-second over node's, the
# best ratio any runtime could show here.
# For a figure that does not swing with the machine's load, see
# bench/http-callgrind.sh (instructions per request).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
minode=${MINODE:-$root/build/minode}
duration=${DURATION:-10}
conns=${CONNS:-50 1000}
tick=$(getconf CLK_TCK)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

cpu_seconds() {  # cpu_seconds PID -> "user sys" seconds so far
  awk -v t="$tick" '{ printf "%.3f %.3f\n", $14 / t, $15 / t }' "/proc/$1/stat"
}

ms() {  # ms "12.3ms" | "1.2s" | "800us" -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n;
    else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}

run_one() {  # run_one NAME BINARY CONNS -> "rps cpu per user_us sys_us p99ms errors rssMB"
  local name=$1 bin=$2 c=$3
  taskset -c 0 "$bin" "$root/bench/http-hello.js" > "$out/$name.port" 2> "$out/$name.err" &
  local pid=$!
  for _ in $(seq 50); do [ -s "$out/$name.port" ] && break; sleep 0.1; done
  local port; port=$(head -1 "$out/$name.port")
  local u0 s0; read -r u0 s0 < <(cpu_seconds "$pid")
  taskset -c 1 wrk -t1 -c"$c" -d"${duration}s" --latency "http://127.0.0.1:$port/" > "$out/$name.wrk"
  local u1 s1; read -r u1 s1 < <(cpu_seconds "$pid")
  local rss; rss=$(awk '/VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  local rps; rps=$(awk '/Requests\/sec/ { print $2 }' "$out/$name.wrk")
  local cpu; cpu=$(echo "$u1 + $s1 - $u0 - $s0" | bc -l)
  local total; total=$(awk '/requests in/ { print $1 }' "$out/$name.wrk")
  local per; per=$(echo "if ($cpu > 0) $total / $cpu else 0" | bc -l)
  local user_us; user_us=$(echo "if ($total > 0) ($u1 - $u0) * 1000000 / $total else 0" | bc -l)
  local sys_us; sys_us=$(echo "if ($total > 0) ($s1 - $s0) * 1000000 / $total else 0" | bc -l)
  local p99; p99=$(ms "$(awk '$1 == "99%" { print $2 }' "$out/$name.wrk")")
  local errs; errs=$(awk '/Socket errors/ { gsub(",", ""); s = 0; for (i = 4; i <= NF; i += 2) s += $i; print s }' "$out/$name.wrk")
  printf '%s %s %s %s %s %s %s %s\n' "$rps" "$cpu" "$per" "$user_us" "$sys_us" "$p99" "${errs:-0}" "$rss"
}

printf '%-8s %-6s %11s %7s %15s %8s %8s %10s %7s %8s\n' server conns 'requests/s' 'cpu s' 'req/cpu-second' 'user us' 'sys us' 'p99 ms' errors 'RSS MB'
row() {  # row NAME CONNS rps cpu per user sys p99 errors rss
  printf '%-8s %-6s %11.0f %7.2f %15.0f %8.1f %8.1f %10s %7s %8s\n' "$@"
}
floor=""
if [ "${FLOOR:-0}" = 1 ]; then
  cc -O2 -o "$out/http-floor" "$root/bench/http-floor.c" && floor="$out/http-floor"
fi
for c in $conns; do
  read -r n_rps n_cpu n_per n_usr n_sys n_p99 n_err n_rss < <(run_one node node "$c")
  read -r m_rps m_cpu m_per m_usr m_sys m_p99 m_err m_rss < <(run_one minode "$minode" "$c")
  row node "$c" "$n_rps" "$n_cpu" "$n_per" "$n_usr" "$n_sys" "$n_p99" "$n_err" "$n_rss"
  row minode "$c" "$m_rps" "$m_cpu" "$m_per" "$m_usr" "$m_sys" "$m_p99" "$m_err" "$m_rss"
  printf '%-8s %-6s %11.2f %7s %15.2f %8.2f %8.2f %10.2f %7s %8.2f\n' ratio "$c" "$(echo "$m_rps / $n_rps" | bc -l)" '' \
    "$(echo "if ($n_per > 0) $m_per / $n_per else 0" | bc -l)" \
    "$(echo "if ($n_usr > 0) $m_usr / $n_usr else 0" | bc -l)" \
    "$(echo "if ($n_sys > 0) $m_sys / $n_sys else 0" | bc -l)" \
    "$(echo "if ($n_p99 > 0) $m_p99 / $n_p99 else 0" | bc -l)" '' "$(echo "$m_rss / $n_rss" | bc -l)"
  if [ -n "$floor" ]; then
    read -r f_rps f_cpu f_per f_usr f_sys f_p99 f_err f_rss < <(run_one floor "$floor" "$c")
    row floor "$c" "$f_rps" "$f_cpu" "$f_per" "$f_usr" "$f_sys" "$f_p99" "$f_err" "$f_rss"
    printf '%-8s %-6s %11s %7s %15.2f\n' ceiling "$c" '' '' "$(echo "if ($n_per > 0) $f_per / $n_per else 0" | bc -l)"
  fi
done
