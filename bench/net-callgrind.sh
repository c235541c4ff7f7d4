#!/usr/bin/env bash
# Instructions per MiB echoed, from callgrind: a stable figure on a loaded
# machine (wall-clock throughput swings by tens of percent).
#
#   bench/net-callgrind.sh [MiB]     minode = $MINODE (default build/minode)
# Runs bench/net-echo.js (client and echo server in one process) under
# callgrind twice, echoing MiB and 4 x MiB (default 16); the difference in
# instructions, divided by the difference in MiB, is the cost of echoing
# one MiB without startup and shutdown (both sides: the client's write and
# read, the server's read and write). Under valgrind memcpy counts about
# one instruction per byte, so copies weigh more here than on the CPU.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
minode=${MINODE:-$root/build/minode}
mib=${1:-16}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

. "$root/bench/callgrind-lib.sh"
instructions() {  # instructions MIB -> total Ir of an echo of MIB MiB
  callgrind_ir "echo.$1" "$minode" "$root/bench/net-echo.js" "$1"
}

a=$(instructions "$mib")
b=$(instructions $((4 * mib)))
echo "Ir per MiB echoed: $(( (b - a) / (3 * mib) ))  (${mib} MiB: $a, $((4 * mib)) MiB: $b)"
