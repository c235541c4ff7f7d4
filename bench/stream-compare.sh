#!/usr/bin/env bash
# Stream throughput, node vs minode, side by side (see bench/stream-pipe.js).
#
#   bench/stream-compare.sh [MiB]        minode = $MINODE (default build/minode); MiB default 1024
# Prints: case, node MB/s, minode MB/s, ratio (minode / node). Best of 3 runs
# each, every run a process of its own moving MiB through one case (see
# bench/stream-pipe.js on why: node's JIT keeps speeding up as data flows).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mib=${1:-1024}
minode=${MINODE:-$root/build/minode}

best_of_3() {  # best_of_3 CMD... -> "case<TAB>MB/s" lines (best per case)
  local tmp; tmp=$(mktemp)
  for _ in 1 2 3; do "$@" >> "$tmp"; done
  awk '{ for (i = 1; i <= NF; i++) if ($i == "MB/s") v = $(i-1); if (v > best[$1]) best[$1] = v }
       END { for (k in best) print k "\t" best[k] }' "$tmp"
  rm -f "$tmp"
}

cases="pipeline-64k-hwm16k pipeline-64k-hwm64k"
node_out=$(for c in $cases; do best_of_3 node "$root/bench/stream-pipe.js" "$mib" "$c"; done)
minode_out=$(for c in $cases; do best_of_3 "$minode" "$root/bench/stream-pipe.js" "$mib" "$c"; done)
printf '%-24s %12s %12s %8s\n' case 'node MB/s' 'minode MB/s' ratio
join -t $'\t' <(echo "$node_out" | sort) <(echo "$minode_out" | sort) |
  awk -F'\t' '{ printf "%-24s %12.1f %12.1f %7.2fx\n", $1, $2, $3, ($2 > 0 ? $3 / $2 : 0) }'
