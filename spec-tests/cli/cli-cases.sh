#!/usr/bin/env bash
# CLI conformance cases: runtime-level options that the spec runner cannot
# express (it always runs `<runtime> FILE ARGS`, so its args reach the script).
#
#   spec-tests/cli/cli-cases.sh [RUNTIME]     (default: build/minode; `node` for real node)
#
# Each case runs one command line and checks the exit status, stdout and
# stderr. Expectations: stdout is compared exactly (trailing newlines
# dropped) unless written /ERE/ (grep -E), `-` means "not checked"; stderr is
# an /ERE/ or `-`. The reference is Node v20's cli.md, each case names its
# section. Prints `pass NAME` or `FAIL NAME: why` per case, then
# `N passed, N failed`; exits non-zero if any case failed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rt=${1:-${MINODE:-$root/build/minode}}
if [ "$rt" != node ]; then rt=$(cd "$(dirname "$rt")" && pwd)/$(basename "$rt"); fi
fx=$here/fixtures
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
passed=0; failed=0

# matches WANT FILE: WANT is `-`, /ERE/ or an exact text.
matches() {
  local want=$1 file=$2
  case $want in
    -) return 0 ;;
    /*/) want=${want#/}; want=${want%/}; grep -Eq -- "$want" "$file" ;;
    *) [ "$(cat "$file")" = "$want" ] ;;
  esac
}

# check NAME STDIN EXIT STDOUT STDERR -- COMMAND...   (RT in COMMAND is the runtime)
check() {
  local name=$1 input=$2 want_exit=$3 want_out=$4 want_err=$5; shift 6
  local cmd=() a
  for a in "$@"; do if [ "$a" = RT ]; then cmd+=("$rt"); else cmd+=("$a"); fi; done
  printf '%s' "$input" > "$tmp/in"
  (cd "$here" && timeout 10 "${cmd[@]}" < "$tmp/in" > "$tmp/out" 2> "$tmp/err")
  local status=$? why=""
  if [ "$status" != "$want_exit" ]; then why="exit status $status, expected $want_exit"
  elif ! matches "$want_out" "$tmp/out"; then why="stdout $(head -c 200 "$tmp/out" | tr '\n' '|'), expected $want_out"
  elif ! matches "$want_err" "$tmp/err"; then why="stderr does not match $want_err"
  fi
  if [ -z "$why" ]; then echo "pass $name"; passed=$((passed + 1))
  else echo "FAIL $name: $why; stderr: $(head -c 200 "$tmp/err" | tr '\n' ' ')"; failed=$((failed + 1)); fi
}

# § "`-e`, `--eval "script"`"
check eval-runs ''            0 '3'            -  -- RT -e 'console.log(1 + 2)'
check eval-long-form ''       0 'long'         -  -- RT --eval 'console.log("long")'
check eval-argv ''            0 '["a","b"]'    -  -- RT -e 'console.log(JSON.stringify(process.argv.slice(1)))' a b
check eval-filename ''        0 '[eval]'       -  -- RT -e 'console.log(__filename)'
check eval-require-cwd ''     0 'cwd-relative' -  -- RT -e 'console.log(require("./fixtures/rel"))'
check eval-exit-code ''       7 ''             -  -- RT -e 'process.exit(7)'
check eval-throws ''          1 ''             '/Error: boom/' -- RT -e 'throw new Error("boom")'
check eval-needs-arg ''       9 ''             '/-e requires an argument/' -- RT -e
# § "`-p`, `--print "script"`"
check print-number ''         0 '3'            -  -- RT -p '1 + 2'
check print-string-raw ''     0 'ab'           -  -- RT -p '"a" + "b"'
check print-object ''         0 '{ a: 1, b: [ 1, 2 ] }' - -- RT -p '({ a: 1, b: [1, 2] })'
check print-undefined ''      0 'undefined'    -  -- RT --print 'void 0'
check print-after-output ''   0 $'x\n5'        -  -- RT -p 'console.log("x"); 5'
# § "`-c`, `--check`"
check check-good ''           0 ''             -  -- RT -c fixtures/good.js
check check-bad ''            1 ''             '/SyntaxError/' -- RT --check fixtures/bad-syntax.js
check check-bad-location ''   1 ''             '/bad-syntax\.js:2/' -- RT -c fixtures/bad-syntax.js
# § "`-v`, `--version`"
check version ''              0 '/^v[0-9]+\.[0-9]+\.[0-9]+$/' - -- RT --version
check version-short ''        0 '/^v[0-9]+\.[0-9]+\.[0-9]+$/' - -- RT -v
check version-one-line ''     0 '/^v/'         -  -- bash -c '"$0" --version | wc -l | grep -qx 1 && echo v' RT
# § "`-h`, `--help`"
check help ''                 0 '/^Usage: /'   -  -- RT --help
check help-short ''           0 '/^Usage: /'   -  -- RT -h
# § "Exit codes" (9: invalid argument)
check bad-option ''           9 ''             '/bad option: --no-such-option/' -- RT --no-such-option fixtures/good.js
# § "Program entry point"
check script-runs ''          0 'ran'          -  -- RT fixtures/good.js
check script-absolute ''      0 'ran'          -  -- RT "$fx/good.js"
check script-missing ''       1 ''             "/Cannot find module '.*no-such-script\.js'/" -- RT fixtures/no-such-script.js
check script-missing-code ''  1 ''             '/MODULE_NOT_FOUND/' -- RT fixtures/no-such-script.js
check script-syntax-error ''  1 ''             '/SyntaxError/' -- RT fixtures/bad-syntax.js
check script-syntax-line ''   1 ''             '/bad-syntax\.js:2/' -- RT fixtures/bad-syntax.js
# § "`-`" and piped stdin
check stdin-piped 'console.log("piped", __filename)' 0 'piped [stdin]' - -- RT
check stdin-dash 'console.log(JSON.stringify(process.argv.slice(1)))' 0 '["-","a","b"]' - -- RT - a b
# § "`--`"
check double-dash ''          0 'ran'          -  -- RT -- fixtures/good.js
# § "`NODE_PATH=path[:…]`"
check node-path ''            0 'from NODE_PATH' - -- env "NODE_PATH=$fx/nodepath" RT -e 'console.log(require("npmod"))'

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
