#!/usr/bin/env bash
# Runs tools/http-fuzz.js with its servers started here, so the fuzzing
# client can be minode itself (which needs no child_process for it).
#   bash tools/http-fuzz.sh [CLIENT] [fuzz args...]   CLIENT: node (default) or a minode path
# Starts the hello-world server under minode ($MINODE, default build/minode)
# and under real node (the reference, if node exists), both on 127.0.0.1
# port 0, passes their ports to the client, stops both by PID at the end.
# A minode server that died during the run is reported as a crash.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
MINODE=${MINODE:-$root/build/minode}
CLIENT=${1:-node}; [ $# -gt 0 ] && shift
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]+"${pids[@]}"}"; do kill "$p" 2>/dev/null; done; rm -rf "$tmp"; }
trap cleanup EXIT
cat > "$tmp/server.js" <<'JS'
var http = require('http');
var server = http.createServer(function (req, res) { req.resume(); req.on('end', function () { res.end('Hello World\n'); }); });
server.listen(0, '127.0.0.1', function () { require('fs').writeFileSync(process.argv[2], String(server.address().port)); });
JS
start() {  # start BIN PORTFILE -> pid in $started
  "$1" "$tmp/server.js" "$2" > "$2.log" 2>&1 &
  started=$!
  pids+=("$started")
  for _ in $(seq 1 100); do [ -s "$2" ] && return 0; sleep 0.05; done
  return 1
}
start "$MINODE" "$tmp/m" || { echo "FAIL cannot start the minode server"; echo "0 passed, 1 failed"; exit 1; }
mpid=$started
ref=()
if command -v node >/dev/null && start node "$tmp/n"; then ref=(--ref-port "$(cat "$tmp/n")"); fi
timeout 90 "$CLIENT" "$root/tools/http-fuzz.js" --port "$(cat "$tmp/m")" "${ref[@]+"${ref[@]}"}" "$@"
rc=$?
if ! kill -0 "$mpid" 2>/dev/null; then
  echo "FAIL the minode server died during the run: $(tail -c 500 "$tmp/m.log")"
  rc=1
fi
exit $rc
