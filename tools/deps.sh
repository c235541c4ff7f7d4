#!/usr/bin/env bash
# Installs what minode needs to build and test, from Debian's packages.
# Idempotent: installs only what is missing. Needs root (or sudo) and apt.
set -euo pipefail
PKGS=(g++ cmake ninja-build make duktape-dev libasio-dev libhttp-parser-dev catch2 doxygen graphviz
      nodejs npm curl python3 wrk hyperfine)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node may come from elsewhere than the Debian package; accept any node + npm on PATH.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: all present"
  exit 0
fi
echo "deps: installing ${missing[*]}"
if ! command -v apt-get >/dev/null; then
  echo "deps: apt-get not found. Install these packages by hand: ${missing[*]}" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO=sudo; else
    echo "deps: not root and no sudo. As root run: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
echo "deps: done"
