#!/usr/bin/env bash
# `make grade EX=name`: build minode with a student's files and score them.
#
# What: copies the source tree to build-grade/<EX>/tree (a stable place, so
# the build there is cached between runs), puts the student's files in place
# of the reference ones, builds, runs every test of exercises/<EX>/rubric.txt
# and prints `pass <test> (<weight>)` or `FAIL <test> (<weight>)` per line,
# then `score: X/Y (Z%)`.
# Usage:
#   bash tools/grade.sh EX             grade exercises/EX/work if it exists,
#                                      else the starter
#   bash tools/grade.sh --start EX     create exercises/EX/work from the starter
#   STUDENT=dir  bash tools/grade.sh EX   grade the files under dir
#   STUDENT=starter | STUDENT=reference   grade the starter / the unchanged tree
# The files a student may replace are exactly those under
# exercises/EX/starter/, at the same relative path (starter/src/a/b.js
# replaces src/a/b.js); STUDENT dirs use the same layout.
# Rubric lines: `<weight> <test>`, test being tests/<file>.js (under the
# exercise), spec-tests/<...>.js, or catch2:[tag]; `#` starts a comment.
# Environment: GRADE_DIR (default build-grade), JOBS (2), CMAKE_FLAGS (first
# configure only), REFERENCE_BUILD (a build of the unchanged tree, used
# for STUDENT=reference instead of building the copy: exercises-check).
# Exit: 0 when graded (whatever the score), 1 when the build failed (score
# 0), 2 on a usage error.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
caller_dir=$PWD  # STUDENT=relative/dir is relative to where grade.sh was run
cd "$root" || exit 2
JOBS=${JOBS:-2}
GRADE_DIR=${GRADE_DIR:-build-grade}
case $GRADE_DIR in /*) ;; *) GRADE_DIR=$root/$GRADE_DIR ;; esac  # relative: to the repo

die() { echo "grade: $*" >&2; exit 2; }

start=0
if [ "${1:-}" = "--start" ]; then start=1; shift; fi
EX=${1:-}
[ -n "$EX" ] || die "which exercise? make grade EX=<name> (one of: $(cd exercises && ls -d */ 2>/dev/null | tr -d / | tr '\n' ' '))"
EX=${EX%/}; EX=${EX#exercises/}
ex="exercises/$EX"
[ -f "$ex/rubric.txt" ] || die "no $ex/rubric.txt"
[ -d "$ex/starter" ] || die "no $ex/starter/"

# The files the exercise lets a student replace, relative to the root.
mapfile -t editable < <(cd "$ex/starter" && find . -type f | sed 's|^\./||' | sort)

if [ "$start" = 1 ]; then
  [ -e "$ex/work" ] && die "$ex/work exists already; edit it, or remove it to start over"
  mkdir -p "$ex/work"
  (cd "$ex/starter" && find . -type f -exec cp --parents {} "$root/$ex/work" \;)
  echo "grade: created $ex/work from the starter. Edit:"
  printf '  %s/work/%s\n' "$ex" "${editable[@]}"
  echo "then: make grade EX=$EX"
  exit 0
fi

# Which files are graded.
student=${STUDENT:-}
if [ -z "$student" ]; then
  if [ -d "$ex/work" ]; then student="$ex/work"; else student=starter; fi
fi
case $student in
  starter) src_dir="$ex/starter"; label="the starter ($ex/starter)" ;;
  reference) src_dir=""; label="the reference (src/ unchanged)" ;;
  *) case $student in /*) ;; *) [ -d "$caller_dir/$student" ] && student="$caller_dir/$student" ;; esac
     [ -d "$student" ] || die "STUDENT=$student: no such directory"
     src_dir=$(cd "$student" && pwd); label="$student" ;;
esac
echo "grading $EX: $label"

# A student dir may hold only the editable files.
if [ -n "$src_dir" ]; then
  while IFS= read -r f; do
    printf '%s\n' "${editable[@]}" | grep -qxF -- "$f" ||
      die "$student/$f is not a file this exercise lets you edit (see $ex/README.md)"
  done < <(cd "$src_dir" && find . -type f | sed 's|^\./||')
fi

# The tree's files: git's view (tracked + untracked, not ignored) when there
# is one; never build output, the grading area or anyone's work in progress.
list_tree() {
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files --cached --others --exclude-standard
    # Test fixtures are copied even when a .gitignore pattern (node_modules/)
    # hides them; tools/exercises-check.sh reports such fixtures, which a
    # clean clone would lack.
    git ls-files --others --ignored --exclude-standard -- 'exercises/*/tests/*' 'spec-tests/*'
  else
    find . -path ./.git -prune -o \( -type f -o -type l \) -print | sed 's|^\./||'
  fi | grep -Ev '^(build[^/]*|\.git)/|^exercises/[^/]+/work/' | sort -u
}

# Mirrors the tree into $tree, copying only files whose content changed, so
# that an unchanged file keeps its timestamp and ninja rebuilds only what the
# student's files affect. Files gone from the source are removed.
sync_tree() {
  local tree=$1 manifest=$2 rel from
  declare -A swap=()
  if [ -n "$src_dir" ]; then
    for rel in "${editable[@]}"; do
      if [ -f "$src_dir/$rel" ]; then swap[$rel]="$src_dir/$rel"; else swap[$rel]="$ex/starter/$rel"; fi
    done
  fi
  list_tree > "$manifest.new"
  for rel in "${!swap[@]}"; do echo "$rel"; done >> "$manifest.new"
  sort -u -o "$manifest.new" "$manifest.new"
  while IFS= read -r rel; do
    from=${swap[$rel]:-$rel}
    [ -e "$from" ] || [ -L "$from" ] || continue
    if [ -L "$from" ]; then
      [ "$(readlink "$from")" = "$(readlink "$tree/$rel" 2>/dev/null)" ] && continue
      mkdir -p "$tree/$(dirname "$rel")"; rm -rf "${tree:?}/$rel"; cp -P "$from" "$tree/$rel"
    elif [ -L "$tree/$rel" ] || ! cmp -s "$from" "$tree/$rel"; then
      mkdir -p "$tree/$(dirname "$rel")"; rm -f "$tree/$rel"; cp "$from" "$tree/$rel"
    fi
  done < "$manifest.new"
  if [ -f "$manifest" ]; then
    comm -23 "$manifest" "$manifest.new" | while IFS= read -r rel; do rm -f "${tree:?}/$rel"; done
  fi
  mv "$manifest.new" "$manifest"
}

# The npm tarballs the lowering layer fetches at build time: reuse any a
# previous build downloaded, so grading works offline.
find_tarballs() {
  local d
  for d in "$root"/build*/ "$GRADE_DIR"/*/build/; do
    [ -d "$d" ] || continue
    find "$d" -maxdepth 3 -type d -name tarballs 2>/dev/null | while IFS= read -r t; do
      ls "$t"/*.tgz >/dev/null 2>&1 && echo "$t"
    done
  done | head -1
}

rubric_needs_catch2() { grep -Eq '^[[:space:]]*[0-9]+[[:space:]]+catch2:' "$ex/rubric.txt"; }

work="$GRADE_DIR/$EX"
mkdir -p "$work"
exec 9> "$work/lock"
flock 9 || die "cannot lock $work"

if [ "$student" = reference ] && [ -n "${REFERENCE_BUILD:-}" ] && [ -x "$REFERENCE_BUILD/minode" ]; then
  tree=$root
  build=$(cd "$REFERENCE_BUILD" && pwd)
else
  tree="$work/tree"
  build="$work/build"
  mkdir -p "$tree"
  sync_tree "$tree" "$work/manifest"
  if [ -z "${MINODE_TARBALLS:-}" ]; then
    MINODE_TARBALLS=$(find_tarballs)
    export MINODE_TARBALLS
  fi
  targets=(--target minode)
  rubric_needs_catch2 && targets+=(--target unit_tests)
  log="$work/build.log"
  echo "building in $work (log: $work/build.log) ..."
  # CMAKE_FLAGS holds several -D options: split on spaces on purpose.
  # shellcheck disable=SC2086
  if { [ -f "$build/build.ninja" ] || cmake -S "$tree" -B "$build" -G Ninja ${CMAKE_FLAGS:-}; } > "$log" 2>&1 &&
     cmake --build "$build" -j "$JOBS" "${targets[@]}" >> "$log" 2>&1; then
    :
  else
    tail -n 30 "$log"
    total=$(awk '/^[[:space:]]*[0-9]+[[:space:]]/ { s += $1 } END { print s + 0 }' "$ex/rubric.txt")
    echo "FAIL build (see $work/build.log)"
    echo "score: 0/$total (0%)"
    exit 1
  fi
fi

# Runs one rubric test; prints nothing on success, the reason on failure.
run_test() {
  local t=$1 out
  case $t in
    catch2:*)
      # A starter may make a C++ test wait forever (a loop that never wakes):
      # each Catch2 tag gets ${CATCH2_TIMEOUT:-60} seconds, then counts as failed.
      out=$(timeout "${CATCH2_TIMEOUT:-60}" "$build/unit_tests" "${t#catch2:}" 2>&1)
      local rc=$?
      if [ $rc -eq 124 ]; then echo "timed out after ${CATCH2_TIMEOUT:-60}s"; return; fi
      if echo "$out" | grep -q 'No tests ran\|No test cases matched'; then echo "no Catch2 test has tag ${t#catch2:}"; return; fi
      [ $rc -eq 0 ] || echo "$out" | grep -E 'FAILED|failed' | head -3
      ;;
    *.js)
      local file
      case $t in spec-tests/*) file="$tree/$t" ;; *) file="$tree/$ex/$t" ;; esac
      [ -f "$file" ] || { echo "no such test file: $t"; return; }
      out=$(cd "$tree" && MINODE="$build/minode" bash spec-tests/run.sh "$file" 2>&1)
      [ $? -eq 0 ] || echo "$out" | grep '^FAIL' | sed "s|$tree/||g" | cut -c1-240 | head -3
      ;;
    *) echo "unknown kind of test (want tests/*.js, spec-tests/*.js or catch2:[tag])" ;;
  esac
}

got=0
total=0
while read -r weight test rest; do
  case $weight in ''|\#*) continue ;; esac
  [[ $weight =~ ^[0-9]+$ ]] || die "$ex/rubric.txt: bad line: $weight $test $rest"
  total=$((total + weight))
  why=$(run_test "$test")
  if [ -z "$why" ]; then
    got=$((got + weight))
    echo "pass $test ($weight)"
  else
    echo "FAIL $test ($weight)"
    echo "$why" | sed 's/^/     /'
  fi
done < "$ex/rubric.txt"

pct=0
[ "$total" -gt 0 ] && pct=$((got * 100 / total))
echo "score: $got/$total ($pct%)"
