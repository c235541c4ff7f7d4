#!/usr/bin/env bash
# Instructions per 64 KiB chunk of bench/fs-stream.js, from callgrind: a
# stable figure on a loaded machine (the MB/s of bench/fs-compare.sh swing by
# tens of percent there).
#
#   bench/fs-callgrind.sh [MiB]    minode = $MINODE (default build/minode); MiB default 64
# For each case (count: createReadStream with 'data' only; devnull: piped
# into createWriteStream('/dev/null')) runs minode under callgrind over a
# file of MiB/8 and of MiB; the difference in instructions divided by the
# chunks in between is the cost of one chunk, without startup and shutdown.
# Instructions of all threads are counted (the workers' share is small).
# The devnull figure varies by about 10% from run to run: how the read and
# write completions interleave decides how many loop iterations there are.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
minode=${MINODE:-$root/build/minode}
mib=${1:-64}
small=$((mib / 8))
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

. "$root/bench/callgrind-lib.sh"
instructions() {  # instructions CASE MIB -> total Ir of one run
  callgrind_ir "$1.$2" "$minode" "$root/bench/fs-stream.js" "$2" "$1"
}

# Create both files first: their writing must not be counted.
"$minode" "$root/bench/fs-stream.js" "$small" none
"$minode" "$root/bench/fs-stream.js" "$mib" none
chunks=$(( (mib - small) * 16 ))
for c in count devnull; do
  a=$(instructions "$c" "$small")
  b=$(instructions "$c" "$mib")
  echo "$c: Ir per chunk: $(( (b - a) / chunks ))  ($small MiB: $a, $mib MiB: $b)"
done
