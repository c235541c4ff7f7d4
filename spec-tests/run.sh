#!/usr/bin/env bash
# The conformance-suite runner.
#
#   spec-tests/run.sh [--node] [DIR_OR_FILE ...]     (default: spec-tests)
#
# Runs every spec-tests/**/*.js (folders named fixtures/ are helpers, not
# tests) under minode ($MINODE, default build/minode) or, with --node, under
# real node, and checks the expectations written inside each file:
#   // expect: <line>        stdout must be exactly these lines, in order
#   // expect-exit: N        exit status (default 0)
#   // expect-stderr: /ERE/  stderr must match this extended regex (repeatable)
#   // args: a b c           arguments for the script
#   // stdin: text           one line fed to stdin (repeatable); default: empty
#   // timeout: N            seconds before the test is killed (default 10)
#   // minode-differs: why   a deliberate difference: run under minode only
#   // node-differs: why     behaviour minode pins that node lacks (e.g. --trace-loop)
# Prints `pass FILE` or `FAIL FILE: what differed` per test, then
# `N passed, N failed` (non-zero exit if anything failed).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)

run_one() {  # run_one RUNTIME FILE -> prints one result line
  local runtime=$1 file=$2 dir base expected_out actual_out err_file want_exit
  dir=$(dirname "$file"); base=$(basename "$file")
  if [ "$runtime" = node ] && grep -q '^// minode-differs:' "$file"; then echo "skip $file (minode-differs)"; return; fi
  if [ "$runtime" = node ] && grep -q '^// node-differs:' "$file"; then echo "skip $file (node-differs)"; return; fi
  local tmp; tmp=$(mktemp -d)
  sed -n 's|^.*// expect: \{0,1\}\(.*\)$|\1|p' "$file" | sed 's/[[:space:]]*$//' > "$tmp/expected"
  # A line that says just `// expect:` expects an empty line.
  want_exit=$(sed -n 's|^// expect-exit: *\([0-9]*\).*|\1|p' "$file" | tail -1); want_exit=${want_exit:-0}
  local timeout_s; timeout_s=$(sed -n 's|^// timeout: *\([0-9]*\).*|\1|p' "$file" | tail -1); timeout_s=${timeout_s:-10}
  local args; args=$(sed -n 's|^// args: *\(.*\)$|\1|p' "$file" | tail -1)
  sed -n 's|^// stdin: \{0,1\}\(.*\)$|\1|p' "$file" > "$tmp/stdin"
  local cmd
  if [ "$runtime" = node ]; then cmd=node; else cmd=$runtime; fi
  # shellcheck disable=SC2086
  (cd "$dir" && timeout "$timeout_s" "$cmd" "$base" $args < "$tmp/stdin" > "$tmp/out" 2> "$tmp/err")
  local status=$?
  sed 's/[[:space:]]*$//' "$tmp/out" > "$tmp/out.trim"
  local why=""
  if [ $status -eq 124 ]; then why="timed out after ${timeout_s}s"
  elif [ "$status" != "$want_exit" ]; then why="exit status $status, expected $want_exit"
  elif ! cmp -s "$tmp/expected" "$tmp/out.trim"; then
    local line; line=$(diff "$tmp/expected" "$tmp/out.trim" | sed -n '2,3p' | tr '\n' ' ')
    why="stdout differs: $line"
  fi
  if [ -z "$why" ]; then
    while IFS= read -r re; do
      re=${re#/}; re=${re%/}
      if ! grep -Eq -- "$re" "$tmp/err"; then why="stderr does not match /$re/"; break; fi
    done < <(sed -n 's|^// expect-stderr: *\(.*\)$|\1|p' "$file")
  fi
  if [ -n "$why" ]; then
    local err_head; err_head=$(head -c 300 "$tmp/err" | tr '\n' ' ')
    [ -n "$err_head" ] && why="$why; stderr: $err_head"
    echo "FAIL $file: $why"
  else
    echo "pass $file"
  fi
  rm -rf "$tmp"
}

if [ "${1:-}" = "--one" ]; then run_one "$2" "$3"; exit 0; fi

runtime=${MINODE:-$root/build/minode}
if [ "${1:-}" = "--node" ]; then runtime=node; shift; fi
[ "$runtime" = node ] || runtime=$(cd "$(dirname "$runtime")" && pwd)/$(basename "$runtime")
targets=("$@"); [ ${#targets[@]} -eq 0 ] && targets=("$here")
files=$(for t in "${targets[@]}"; do
  if [ -f "$t" ]; then echo "$t"; else find "$t" -name '*.js' -not -path '*/fixtures/*' -not -path '*/node_modules/*'; fi
done | sort)
[ -n "$files" ] || { echo "0 passed, 0 failed"; exit 1; }
results=$(printf '%s\n' $files | xargs -P "${SPEC_JOBS:-4}" -I{} bash "$0" --one "$runtime" {} | sort -k2)
echo "$results" | grep -v '^skip' 
passed=$(echo "$results" | grep -c '^pass')
failed=$(echo "$results" | grep -c '^FAIL')
skipped=$(echo "$results" | grep -c '^skip')
if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
[ "$failed" -eq 0 ]
