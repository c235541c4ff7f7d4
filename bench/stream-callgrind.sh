#!/usr/bin/env bash
# Instructions per chunk of bench/stream-pipe.js, from callgrind: a stable
# figure on a loaded machine (its MB/s swing by tens of percent).
#
#   bench/stream-callgrind.sh [MiB]    minode = $MINODE (default build/minode); MiB default 64
# Runs bench/stream-pipe.js under callgrind moving MiB/4 and MiB; the
# difference in instructions, divided by the 64 KiB chunks in between (the
# script runs two cases, so twice), is the cost of one chunk through
# Readable -> PassThrough -> Writable, without startup and shutdown.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
minode=${MINODE:-$root/build/minode}
mib=${1:-64}
small=$((mib / 4))
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

. "$root/bench/callgrind-lib.sh"
instructions() {  # instructions MIB -> total Ir of a run moving MIB per case
  callgrind_ir "pipe.$1" "$minode" "$root/bench/stream-pipe.js" "$1"
}

a=$(instructions "$small")
b=$(instructions "$mib")
chunks=$(( 2 * (mib - small) * 16 ))
echo "Ir per chunk: $(( (b - a) / chunks ))  ($small MiB: $a, $mib MiB: $b)"
