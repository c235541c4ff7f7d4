#!/usr/bin/env bash
# `make exercises-check`: every exercise is well-formed, its starter falls
# short and the reference (src/ as it is) gets full marks.
#
# What: for each exercises/<EX>/ with a rubric.txt:
#   1. the shape: README.md with the four sections (Goal, Files you may
#      edit, Hints, How it is graded); every starter file replaces a file
#      that exists in the tree and differs from it; every rubric test exists;
#   2. nothing the exercise needs is hidden by .gitignore (a clean clone
#      would lack it: node_modules/ fixtures are the usual suspect);
#   3. its own tests pass under real node, when node is installed (the
#      tests are the spec: they must describe Node, not minode);
#   4. tools/grade.sh: the starter scores below full marks, and the
#      reference scores full marks.
# Usage: bash tools/exercises-check.sh [EX ...]     (default: all)
#   BUILD=dir: a build of the unchanged tree, used to grade the reference
#   (default build; if it has no minode, grade.sh builds the reference).
# Prints one `ok`/`FAIL` line per exercise, then
# `exercises-check: N exercises ok` (exit 0) or `... N failed` (exit 1).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 2
BUILD=${BUILD:-build}

if [ $# -gt 0 ]; then
  exs=("$@")
else
  exs=()
  for d in exercises/*/; do [ -f "$d/rubric.txt" ] && exs+=("$(basename "$d")"); done
fi

# Prints one problem per line with the shape of exercises/$1 (nothing if fine).
check_shape() {
  local ex="exercises/$1" s rel weight test rest
  [ -f "$ex/README.md" ] || echo "no README.md"
  for s in 'Goal' 'Files you may edit' 'Hints' 'How it is graded'; do
    [ -f "$ex/README.md" ] && ! grep -q "^## $s" "$ex/README.md" && echo "README.md lacks '## $s'"
  done
  [ -n "$(find "$ex/starter" -type f 2>/dev/null)" ] || echo "no starter files"
  while IFS= read -r rel; do
    if [ ! -f "$rel" ]; then echo "starter/$rel replaces nothing: no $rel in the tree"
    elif cmp -s "$ex/starter/$rel" "$rel"; then echo "starter/$rel is the reference itself"
    fi
  done < <(cd "$ex/starter" 2>/dev/null && find . -type f | sed 's|^\./||')
  while read -r weight test rest; do
    case $weight in ''|\#*) continue ;; esac
    case $test in
      catch2:*) ;;
      spec-tests/*) [ -f "$test" ] || echo "rubric: no such test $test" ;;
      *) [ -f "$ex/$test" ] || echo "rubric: no such test $ex/$test" ;;
    esac
  done < "$ex/rubric.txt"
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files --others --ignored --exclude-standard -- "$ex" | grep -v "^$ex/work/" |
      sed 's|^|ignored by .gitignore (a clean clone lacks it): |' | head -5
  fi
}

# Prints "got total" from grade.sh's output on stdin.
score_of() { sed -n 's|^score: \([0-9]*\)/\([0-9]*\) .*|\1 \2|p' | tail -1; }

ok=0
failed=0
for EX in "${exs[@]}"; do
  problems=$(check_shape "$EX")
  if [ -z "$problems" ] && [ -d "exercises/$EX/tests" ] && command -v node >/dev/null; then
    node_out=$(bash spec-tests/run.sh --node "exercises/$EX/tests" 2>&1) ||
      problems=$(echo "$node_out" | grep '^FAIL' | sed 's|^|under node: |')
  fi
  starter="" reference=""
  if [ -z "$problems" ]; then
    starter=$(STUDENT=starter bash tools/grade.sh "$EX" 2>&1 | score_of)
    reference=$(STUDENT=reference REFERENCE_BUILD="$BUILD" bash tools/grade.sh "$EX" 2>&1 | score_of)
    read -r s_got s_total <<< "${starter:-x x}"
    read -r r_got r_total <<< "${reference:-x x}"
    if [ -z "$starter" ]; then problems="the starter could not be graded (STUDENT=starter make grade EX=$EX)"
    elif [ "$s_got" -ge "$s_total" ]; then problems="the starter scores full marks ($s_got/$s_total): the exercise tests nothing"
    fi
    if [ -z "$reference" ]; then problems+=${problems:+$'\n'}"the reference could not be graded (STUDENT=reference make grade EX=$EX)"
    elif [ "$r_got" -ne "$r_total" ]; then problems+=${problems:+$'\n'}"the reference scores $r_got/$r_total, not full marks (STUDENT=reference make grade EX=$EX)"
    fi
  fi
  if [ -z "$problems" ]; then
    ok=$((ok + 1))
    echo "ok $EX: starter $s_got/$s_total, reference $r_got/$r_total"
  else
    failed=$((failed + 1))
    echo "FAIL $EX:"
    echo "$problems" | sed 's/^/     /'
  fi
done

if [ "$failed" -eq 0 ]; then
  echo "exercises-check: $ok exercises ok"
else
  echo "exercises-check: $ok exercises ok, $failed failed"
  exit 1
fi
