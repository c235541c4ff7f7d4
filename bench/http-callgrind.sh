#!/usr/bin/env bash
# Instructions per request of the hello world, from callgrind: a stable
# figure on a loaded machine (wall-clock throughput swings by tens of percent).
#
#   bench/http-callgrind.sh [N]      minode = $MINODE (default build/minode)
# Runs bench/http-hello-count.js under callgrind twice, serving N and 2N
# requests (default 2000) sent by bench/http-load.js (node, 10 keep-alive
# connections); the difference in instructions, divided by N, is the cost
# of one request without startup and shutdown.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
minode=${MINODE:-$root/build/minode}
n=${1:-2000}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

instructions() {  # instructions COUNT -> total Ir of a server that served COUNT
  local count=$1
  valgrind --tool=callgrind --callgrind-out-file="$out/cg.$count" \
    "$minode" "$root/bench/http-hello-count.js" "$count" > "$out/port.$count" 2> "$out/vg.$count" &
  local pid=$!
  for _ in $(seq 300); do [ -s "$out/port.$count" ] && break; sleep 0.1; done
  node "$root/bench/http-load.js" "$(head -1 "$out/port.$count")" "$count" 10 > /dev/null
  wait "$pid" || true
  awk '/^summary:/ { print $2 }' "$out/cg.$count"
}

a=$(instructions "$n")
b=$(instructions $((2 * n)))
echo "Ir per request: $(( (b - a) / n ))  (N=$n: $a, 2N: $b)"
