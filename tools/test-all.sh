#!/usr/bin/env bash
# Everything `make test` checks, in order, with one summary at the end.
#   1. Catch2 unit tests           (build/unit_tests)
#   2. the conformance suite under minode  (spec-tests/run.sh)
#   3. the same suite under real node, when node exists (checks the spec itself)
#   4. CLI and tracer cases, Promises/A+, HTTP interoperability, documentation
#      checks, exercises
# The last line is `N passed, N failed` over all conformance files and checks.
set -u
BUILD=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
failed_steps=()
step() {  # step NAME CMD...
  local name=$1; shift
  echo "== $name"
  if "$@"; then echo "== $name: ok"; else echo "== $name: FAILED"; failed_steps+=("$name"); fi
}
step unit "$BUILD/unit_tests"
spec_out=$(mktemp)
step spec bash -o pipefail -c "MINODE=$BUILD/minode bash spec-tests/run.sh | tee $spec_out"
if command -v node >/dev/null; then
  step spec-node bash spec-tests/run.sh --node
fi
[ -f spec-tests/cli/cli-cases.sh ] && step cli-cases bash spec-tests/cli/cli-cases.sh "$BUILD/minode"
[ -f spec-tests/loop/trace-cases.sh ] && step trace-cases bash spec-tests/loop/trace-cases.sh "$BUILD/minode"
# Promises/A+ (the npm package is fetched at test time, never committed).
step promises-aplus env MINODE="$BUILD/minode" bash tools/promises-aplus-run.sh
# HTTP against real peers (curl, python3's http.client and http.server, node);
# a case whose tool is missing prints `skip`.
step http-interop bash tools/http-interop.sh "$BUILD/minode"
# The C++ layers under AddressSanitizer + UndefinedBehaviorSanitizer: the unit
# tests, the I/O-heavy spec areas, and the language tests that drive the
# executor's fast paths (cmake/duktape/fastpaths.h) (MINODE_ASAN=0 skips this step).
asan_check() {
  make --no-print-directory asan >/dev/null || return 1
  ASAN_OPTIONS=detect_leaks=0 build-asan/unit_tests >/dev/null || return 1
  local out rc
  out=$(ASAN_OPTIONS=detect_leaks=0 MINODE=build-asan/minode SPEC_JOBS=2 bash spec-tests/run.sh \
    spec-tests/modules spec-tests/timers spec-tests/loop spec-tests/lifetime spec-tests/promise \
    spec-tests/buffer spec-tests/stream spec-tests/fs spec-tests/net spec-tests/http \
    spec-tests/language/property-*.js spec-tests/language/array-length-and-elements.js \
    spec-tests/language/strict-equality-types.js spec-tests/language/instanceof-semantics.js \
    spec-tests/language/variable-scopes.js spec-tests/language/global-variables.js)
  rc=$?
  echo "$out" | grep '^FAIL'
  echo "asan: $(echo "$out" | tail -1)"
  return $rc
}
[ "${MINODE_ASAN:-1}" != 0 ] && step asan asan_check
[ -f tools/docs.sh ] && step docs env BUILD="$BUILD" bash tools/docs.sh
[ -f tools/chapters-check.sh ] && step chapters-check bash tools/chapters-check.sh
[ -f tools/exercises-check.sh ] && step exercises-check env BUILD="$BUILD" bash tools/exercises-check.sh
echo
if [ ${#failed_steps[@]} -gt 0 ]; then echo "failed steps: ${failed_steps[*]}"; fi
# The closing line CI reads: the conformance suite's count (plus failed steps).
last=$(tail -1 "$spec_out")
p=$(echo "$last" | sed -n 's/^\([0-9]*\) passed.*/\1/p'); f=$(echo "$last" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')
p=${p:-0}; f=${f:-0}
f=$((f + ${#failed_steps[@]} - $(printf '%s\n' "${failed_steps[@]+"${failed_steps[@]}"}" | grep -cx spec)))
echo "$p passed, $f failed"
[ ${#failed_steps[@]} -eq 0 ]
