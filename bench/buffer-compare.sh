#!/usr/bin/env bash
# Buffer codec benchmark, node vs minode, side by side: runs
# bench/buffer-codec.js under both and prints, per case, the best time of
# three runs inside each process and the ratio minode / node.
#
#   bench/buffer-compare.sh [MB]       minode = $MINODE (default build/minode)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
minode=${MINODE:-$root/build/minode}
mb=${1:-10}

n=$(node "$root/bench/buffer-codec.js" "$mb")
m=$("$minode" "$root/bench/buffer-codec.js" "$mb")
printf '%-16s %10s %10s %7s\n' "case ($mb MB)" 'node ms' 'minode ms' ratio
paste <(echo "$n") <(echo "$m") | while read -r name _ _ nms _ _ _ _ mms _; do
  printf '%-16s %10.1f %10.1f %7.2f\n' "$name" "$nms" "$mms" "$(echo "$mms / $nms" | bc -l)"
done
