#!/usr/bin/env bash
# fs benchmarks, node vs minode, side by side, in one run.
#
#   bench/fs-compare.sh [MiB=1024] [files=1000]   minode = $MINODE (default build/minode)
# Runs bench/fs-readfile-many.js (1,000 small files read concurrently) and
# bench/fs-stream.js (a MiB-sized file through createReadStream into
# /dev/null), best of 3 each. Prints: case, node, minode, ratio (minode/node,
# where higher is better: for the ms case the ratio is node/minode).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mib=${1:-1024}
files=${2:-1000}
minode=${MINODE:-$root/build/minode}

best_of_3() {  # best_of_3 CMD... -> "case unit<TAB>value" (best per case: max MB/s, ops/s; min ms)
  local tmp; tmp=$(mktemp)
  for _ in 1 2 3; do "$@" >> "$tmp"; done
  awk '{ k = $1 " " $3; v = $2 + 0
         if (!(k in best) || ($3 == "ms" ? v < best[k] : v > best[k])) best[k] = v }
       END { for (k in best) print k "\t" best[k] }' "$tmp"
  rm -f "$tmp"
}

run_all() {  # run_all RUNTIME
  best_of_3 "$1" "$root/bench/fs-readfile-many.js" "$files" 5
  best_of_3 "$1" "$root/bench/fs-stream.js" "$mib"
}

node "$root/bench/fs-stream.js" "$mib" > /dev/null  # create the file, warm the page cache
node_out=$(run_all node | sort)
minode_out=$(run_all "$minode" | sort)
printf '%-28s %12s %12s %8s\n' case node minode ratio
join -t $'\t' <(echo "$node_out") <(echo "$minode_out") |
  awk -F'\t' '{ split($1, a, " "); r = (a[2] == "ms") ? ($3 > 0 ? $2 / $3 : 0) : ($2 > 0 ? $3 / $2 : 0)
                printf "%-28s %12.1f %12.1f %7.2fx\n", $1, $2, $3, r }'
