#!/usr/bin/env bash
# show-lowering: print what minode's syntax lowering makes of a file.
#
# What: runs `minode --check FILE` (compile, don't run) with the lowering's
# disk cache pointed at a fresh temporary directory, then prints the one
# cache entry that run wrote: the lowered text exactly as minode compiled it
# (src/lowering/lowering_cache.cpp: a header line, then the payload). No hook
# in minode is needed, and what you see is what runs, not a re-creation.
# Usage: bash tools/show-lowering.sh [--header] FILE.js
#   --header   also print the entry's header line (the cache key's fields)
#   MINODE=path/to/minode (default build/minode)
# Exit: 0; 1 if FILE needed no lowering (ES5: the fast path) or failed to
# lower (minode's SyntaxError is printed).
# Read first: chapters/01b-from-source-to-bytecode.md; src/lowering/js/internal/lowering.js.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
MINODE=${MINODE:-$root/build/minode}
header=0
if [ "${1:-}" = "--header" ]; then header=1; shift; fi
file=${1:-}
[ -f "$file" ] || { echo "usage: bash tools/show-lowering.sh [--header] FILE.js" >&2; exit 2; }

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
MINODE_LOWERING_CACHE_DIR=$dir "$MINODE" --check "$file" || exit 1
entry=$(find "$dir" -name '*.js' | head -1)
if [ -z "$entry" ]; then
  echo "show-lowering: $file needs no lowering (ES5: compiled as is)" >&2
  exit 1
fi
if [ "$header" = 1 ]; then head -n 1 "$entry"; fi
tail -n +2 "$entry"
