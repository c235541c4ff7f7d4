#!/usr/bin/env bash
# `make docs`: the C++ API reference, built by Doxygen from src/.
#
# What: runs Doxygen with the checked-in docs/Doxyfile over the C++ of every
# layer (*.hpp, *.cpp, *.h; not *_test.cpp, not the JavaScript) and writes
# HTML to $BUILD/docs/html (BUILD defaults to build; the output is never
# committed). Prints every warning and exits 1 if there was any: a public
# symbol without a `///` comment is a warning (EXTRACT_ALL=NO,
# WARN_IF_UNDOCUMENTED=YES), so "make docs is clean" means "every public
# symbol is documented".
# Usage: bash tools/docs.sh          (BUILD=build-foo to write elsewhere)
# Prints: `docs: N warnings` and, when clean, where the HTML is.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 2
BUILD=${BUILD:-build}
out="$BUILD/docs"

if ! command -v doxygen >/dev/null; then
  echo "docs: doxygen not found (run \`make deps\`)" >&2
  exit 1
fi
mkdir -p "$out"
log="$out/warnings.log"
: > "$log"

# Settings that depend on this run are appended to the checked-in file
# (a later assignment wins in a Doxyfile).
have_dot=YES
command -v dot >/dev/null || have_dot=NO
if ! { cat docs/Doxyfile
       echo "OUTPUT_DIRECTORY = $out"
       echo "WARN_LOGFILE = $log"
       echo "HAVE_DOT = $have_dot"
       echo "PROJECT_NUMBER = $(sed -n 's/^project(minode VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)"
     } | doxygen - > "$out/doxygen.out" 2>&1; then
  cat "$out/doxygen.out" >&2
  echo "docs: doxygen failed" >&2
  exit 1
fi

# Doxygen writes warnings to the log; anything on its own stderr counts too.
grep -v '^[[:space:]]*$' "$out/doxygen.out" >> "$log" || true
# Show paths relative to the repository, which is how the lead fixes them.
sed -i "s|$root/||g" "$log"
n=$(grep -c '' "$log")
if [ "$n" -gt 0 ]; then
  cat "$log"
  echo "docs: $n warnings (see above; every public C++ symbol needs a /// comment)"
  exit 1
fi
echo "docs: 0 warnings; open $out/html/index.html"
