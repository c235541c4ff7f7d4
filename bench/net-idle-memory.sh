#!/usr/bin/env bash
# Memory per idle connection, minode only, in detail (bench/net-idle-memory.js).
#
#   bench/net-idle-memory.sh [N]     minode = $MINODE (default build/minode)
# Prints the Duktape heap per connection (live, and garbage awaiting
# mark-and-sweep) and the server's RSS growth per connection, after N
# (default 10,000) connections made one request each. The rest of RSS is
# C++ (Stream, Asio's descriptor state, the wrap), allocator overhead and
# fragmentation; `gdb -p PID -batch -ex 'p mallinfo2()'` splits those.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
minode=${MINODE:-$root/build/minode}
n=${1:-10000}
ulimit -n 20000 2>/dev/null || ulimit -n "$(ulimit -Hn)"
out=$(mktemp)
cpid=""
trap 'rm -f "$out"; [ -n "$cpid" ] && kill "$cpid" 2>/dev/null || true' EXIT
"$minode" "$root/bench/net-idle-memory.js" "$n" > "$out" &
spid=$!
until grep -q '^PORT' "$out" 2>/dev/null; do sleep 0.05; done
node "$root/bench/net-idle-client.js" "$(sed -n 's/^PORT //p' "$out")" "$n" > /dev/null &
cpid=$!
wait "$spid"
grep '^per connection' "$out"
