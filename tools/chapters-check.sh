#!/usr/bin/env bash
# `make chapters-check`: every code reference in the book must still point at
# something.
#
# What: the chapters (and docs/, and the exercises' READMEs) cite code in
# three forms only, never by line number (line numbers drift silently):
#   [[path]]           the file exists              [[src/engine/engine.hpp]]
#   [[path:Symbol]]    the file mentions each part  [[src/engine/engine.hpp:Engine::from]]
#                      of Symbol as a whole word (Class::method, obj.method,
#                      function)
#   [[path#anchor]]    the file has `@anchor name`  [[src/cli/run.cpp#run-main]]
#                      (a `// @anchor name` comment at the line meant)
# Relative Markdown links ([text](../exercises/01-resolve/README.md)) must
# name an existing file too. Text inside `code spans` and fenced blocks is
# not checked, so a chapter can show the syntax itself.
# Usage: bash tools/chapters-check.sh [FILE.md ...]
#   (default: chapters/*.md docs/*.md exercises/README.md exercises/*/README.md)
# Prints each dangling reference, then `chapters-check: N references, N dangling`;
# exits 1 if any reference dangles.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 2

if [ $# -gt 0 ]; then
  files=("$@")
else
  files=()
  for f in chapters/*.md docs/*.md exercises/README.md exercises/*/README.md; do
    [ -f "$f" ] && files+=("$f")
  done
fi

# Prints "file<TAB>kind<TAB>target" for each reference outside code.
# kind is "ref" for [[...]] and "link" for a relative Markdown link.
extract() {
  awk '
    FNR == 1 { fence = 0 }
    /^[ \t]*(```|~~~)/ { fence = !fence; next }
    fence { next }
    {
      line = $0
      gsub(/`[^`]*`/, "", line)               # inline code spans
      rest = line
      while (match(rest, /\[\[[^]]+\]\]/)) {
        print FILENAME "\tref\t" substr(rest, RSTART + 2, RLENGTH - 4)
        rest = substr(rest, RSTART + RLENGTH)
      }
      rest = line
      while (match(rest, /\]\([^) ]+\)/)) {
        t = substr(rest, RSTART + 2, RLENGTH - 3)
        rest = substr(rest, RSTART + RLENGTH)
        if (t ~ /^(https?:|mailto:|#)/) continue
        print FILENAME "\tlink\t" t
      }
    }
  ' "$@"
}

# Checks one [[...]] reference; prints why it dangles, or nothing.
check_ref() {
  local ref=$1 path sym anchor
  case $ref in
    *#*) path=${ref%%#*}; anchor=${ref#*#}; sym="" ;;
    *:*) path=${ref%%:*}; sym=${ref#*:}; anchor="" ;;
    *)   path=$ref; sym=""; anchor="" ;;
  esac
  if [ ! -e "$path" ]; then echo "no such file"; return; fi
  if [ -n "$anchor" ]; then
    grep -Eq "@anchor[[:space:]]+$anchor([^A-Za-z0-9_-]|\$)" "$path" \
      || echo "no '// @anchor $anchor' in $path"
    return
  fi
  if [ -n "$sym" ]; then
    if [[ $sym =~ ^[0-9]+(-[0-9]+)?$ ]]; then
      echo "line numbers drift: cite a symbol or an anchor instead"; return
    fi
    local part
    # Class::method and obj.method: every part must appear as a whole word.
    for part in $(echo "$sym" | sed 's/::/ /g; s/\./ /g'); do
      grep -Fqw -- "$part" "$path" || { echo "no symbol '$part' in $path"; return; }
    done
  fi
}

total=0
dangling=0
while IFS=$'\t' read -r file kind target; do
  total=$((total + 1))
  why=""
  if [ "$kind" = ref ]; then
    why=$(check_ref "$target")
    shown="[[$target]]"
  else
    local_target=${target%%#*}
    case $target in *#L[0-9]*) why="line-number anchor: cite a symbol or an anchor instead" ;; esac
    if [ -z "$why" ] && [ -n "$local_target" ] && [ ! -e "$(dirname "$file")/$local_target" ]; then
      why="no such file"
    fi
    shown="($target)"
  fi
  if [ -n "$why" ]; then
    dangling=$((dangling + 1))
    echo "dangling $file: $shown: $why"
  fi
done < <([ ${#files[@]} -gt 0 ] && extract "${files[@]}")

echo "chapters-check: $total references, $dangling dangling"
[ "$dangling" -eq 0 ]
