#!/usr/bin/env bash
# "If there is no work to be done, Node.js will sleep": a process waiting on
# a 5 s timer, side by side with node. Reports CPU seconds (user+sys) and
# voluntary context switches (each one a wake-up from a blocking wait), as
# counted by the kernel through /usr/bin/time.
# Usage: bench/idle.sh [path/to/minode] [seconds]
set -eu
MINODE=${1:-build/minode}
SECS=${2:-5}
script=$(mktemp --suffix=.js)
echo "setTimeout(function () {}, $SECS * 1000);" > "$script"
printf '%-8s %10s %10s %12s\n' runtime wall_s cpu_s wakeups
for rt in "$MINODE" node; do
  out=$(/usr/bin/time -f '%e %U %S %w' "$rt" "$script" 2>&1 >/dev/null | tail -1)
  set -- $out
  printf '%-8s %10s %10.3f %12s\n' "$(basename "$rt")" "$1" "$(echo "$2 + $3" | bc)" "$4"
done
rm -f "$script"
