#!/usr/bin/env bash
# Startup cost side by side: `minode -e 0` vs `node -e 0` (wall time, hyperfine),
# and the peak resident memory of an empty script (/usr/bin/time -v).
# Usage: bench/startup.sh [path/to/minode]
set -eu
MINODE=${1:-build/minode}
command -v hyperfine >/dev/null || { echo "needs hyperfine (make deps)"; exit 1; }
hyperfine -N --warmup 5 --runs 50 "$MINODE -e 0" "node -e 0"
empty=$(mktemp --suffix=.js)
for rt in "$MINODE" node; do
  kb=$(/usr/bin/time -f '%M' "$rt" "$empty" 2>&1 >/dev/null | tail -1)
  echo "peak RSS of an empty script, $rt: $kb KB"
done
rm -f "$empty"
