#!/usr/bin/env bash
# Promise throughput, node vs minode, side by side (see bench/promise.js).
#
#   bench/promise-compare.sh [scale]              minode = $MINODE (default build/minode)
#   MINODE=harness-duk bench/promise-compare.sh   before minode runs: duk with the
#                                                 built-ins on the spec-tests harness
# Prints: case, node us/op, minode us/op, ratio (minode / node). Median of 3 runs each.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scale=${1:-1}
minode=${MINODE:-$root/build/minode}

run_minode() {
  if [ "$minode" = harness-duk ]; then
    node "$root/spec-tests/builtins/fixtures/run.js" --engine=duk "$root/bench/promise.js"
  else
    "$minode" "$root/bench/promise.js" "$scale"
  fi
}

median_of_3() {  # median_of_3 CMD... -> "case<TAB>us/op" lines (median per case)
  local tmp; tmp=$(mktemp)
  for _ in 1 2 3; do "$@" >> "$tmp"; done
  # "name words N ops T ms U us/op": the case is every word before N.
  awk '{ name=$1; for (i=2; $(i+1)!="ops"; i++) name=name" "$i; print name "\t" $(NF-1) }' "$tmp" |
    sort -t $'\t' -k1,1 -k2,2g |
    awk -F'\t' '{ v[$1]=v[$1] (v[$1]=="" ? "" : " ") $2 }
                 END { for (k in v) { n=split(v[k], a, " "); print k "\t" a[int((n+1)/2)] } }'
  rm -f "$tmp"
}

node_out=$(median_of_3 node "$root/bench/promise.js" "$scale")
minode_out=$(median_of_3 run_minode)
printf '%-30s %12s %12s %8s\n' case 'node us/op' 'minode us/op' ratio
join -t $'\t' <(echo "$node_out" | sort) <(echo "$minode_out" | sort) |
  awk -F'\t' '{ printf "%-30s %12.2f %12.2f %7.1fx\n", $1, $2, $3, ($2 > 0 ? $3 / $2 : 0) }'
