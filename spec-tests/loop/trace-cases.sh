#!/usr/bin/env bash
# The loop tracer's cases: `minode --trace-loop[=FILE.json]` (src/loop/trace.hpp).
# The spec runner cannot pass runtime options (it runs `<runtime> FILE ARGS`),
# and node has no such option, so these run here, against minode only.
#
#   spec-tests/loop/trace-cases.sh [RUNTIME]     (default: $MINODE or build/minode)
#
# Checks: text mode prints the phases in the loop's order and each callback
# under the phase that ran it; JSON mode writes a trace-event array that
# parses (with node when installed, else with the runtime itself), also when
# process.exit() cuts the run short; a bad path is refused with exit code 9;
# tracing changes nothing on stdout; tools/trace-to-svg.js draws the trace.
# Prints `pass NAME` or `FAIL NAME: why` per case, then `N passed, N failed`;
# exits non-zero if any case failed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rt=${1:-${MINODE:-$root/build/minode}}
rt=$(cd "$(dirname "$rt")" && pwd)/$(basename "$rt")
fx=$here/fixtures
js=node; command -v node >/dev/null || js=$rt   # what parses the JSON
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
passed=0; failed=0

result() {  # result NAME WHY (empty WHY: pass)
  if [ -z "$2" ]; then echo "pass $1"; passed=$((passed + 1))
  else echo "FAIL $1: $2"; failed=$((failed + 1)); fi
}

# The phases of a text trace (lines at the top level of each "[loop N]"),
# checked against the loop's order: within an iteration they come in the
# order Loop::run visits them; a new iteration starts at or before poll.
phase_order() {
  awk '
    BEGIN { r["pending"]=1; r["idle"]=2; r["prepare"]=3; r["poll"]=4; r["check"]=5; r["close"]=6; r["timers"]=7 }
    !/^\[loop [0-9]+\] / { print "not a trace line: " $0; exit }
    {
      line = $0; sub(/^\[loop [0-9]+\] /, "", line)
      if (line in r) {
        if (!(r[line] > last || r[line] <= 4)) { print "phase " line " out of order (line " NR ")"; exit }
        last = r[line]; n++
      }
    }
    END { if (n == 0) print "no phases" }
  ' "$1"
}

# "phase:kind name" for each callback line, in order.
callbacks() {
  awk '
    { line = $0; sub(/^\[loop [0-9]+\] /, "", line) }
    line ~ /^[a-z]+$/ { phase = line; next }
    line ~ /^  [a-z]+ [A-Za-z_$(]/ && line !~ /^  (drained|wait) / {
      sub(/^  /, "", line); sub(/ \(.*$/, "", line); printf "%s:%s;", phase, line
    }
  ' "$1"
}

# 1. Text mode: phases in order, callbacks under the right phase, stdout unchanged.
(cd "$fx" && timeout 10 "$rt" --trace-loop trace-tiny.js > "$tmp/out" 2> "$tmp/err")
status=$?
why=""
[ $status -eq 0 ] || why="exit status $status"
[ -z "$why" ] && why=$(phase_order "$tmp/err")
result text-phase-order "$why"

want='check:immediate onImmediate;check:tick onTick;timers:timer onTimeout;'
got=$(callbacks "$tmp/err")
[ "$got" = "$want" ] && why="" || why="callbacks $got, expected $want"
result text-callbacks-by-phase "$why"

grep -q '^\[loop [0-9]*\]   drained 1 nextTick + microtasks$' "$tmp/err" && why="" || why="no 'drained 1 nextTick + microtasks' line"
result text-drain "$why"

(cd "$fx" && timeout 10 "$rt" trace-tiny.js > "$tmp/plain" 2> "$tmp/plain-err")
if ! cmp -s "$tmp/out" "$tmp/plain"; then why="stdout differs with --trace-loop"
elif [ -s "$tmp/plain-err" ]; then why="stderr not empty without --trace-loop"
else why=""; fi
result trace-changes-no-output "$why"

# 2. JSON mode: a valid trace-event array with the callbacks in it.
(cd "$fx" && timeout 10 "$rt" --trace-loop="$tmp/t.json" trace-tiny.js > "$tmp/out" 2> "$tmp/err")
status=$?
if [ $status -ne 0 ]; then why="exit status $status"
elif [ -s "$tmp/err" ]; then why="stderr not empty: $(head -c 200 "$tmp/err")"
elif ! cmp -s "$tmp/out" "$tmp/plain"; then why="stdout differs with --trace-loop=FILE"
else why=$("$js" "$fx/check-trace.js" "$tmp/t.json" 'immediate onImmediate' 'tick onTick' 'timer onTimeout' 2>&1)
  [ "$why" = ok ] && why=""
fi
result json-parses "$why"

(cd "$fx" && timeout 10 "$rt" --trace-loop="$tmp/exit.json" trace-exit.js > /dev/null 2>&1)
why=$("$js" "$fx/check-trace.js" "$tmp/exit.json" 'immediate onImmediate' 2>&1)
[ "$why" = ok ] && why=""
result json-valid-after-process-exit "$why"

# 3. A file that cannot be written: exit code 9 (an invalid option), as for bad options.
(cd "$fx" && timeout 10 "$rt" --trace-loop="$tmp/no/such/dir/t.json" trace-tiny.js > "$tmp/out" 2> "$tmp/err")
status=$?
if [ $status -ne 9 ]; then why="exit status $status, expected 9"
elif ! grep -q 'cannot write the loop trace' "$tmp/err"; then why="stderr: $(head -c 200 "$tmp/err")"
elif [ -s "$tmp/out" ]; then why="the script ran"
else why=""; fi
result json-bad-path-refused "$why"

# 4. The picture: tools/trace-to-svg.js draws the trace of step 2.
"$js" "$root/tools/trace-to-svg.js" "$tmp/t.json" > "$tmp/t.svg" 2> "$tmp/err"
status=$?
if [ $status -ne 0 ]; then why="exit status $status: $(head -c 200 "$tmp/err")"
elif ! head -1 "$tmp/t.svg" | grep -q '^<svg '; then why="output is not an SVG"
elif ! grep -q '>onImmediate<' "$tmp/t.svg" || ! grep -q '>onTimeout<' "$tmp/t.svg"; then why="callbacks missing from the SVG"
else why=""; fi
result trace-to-svg "$why"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
