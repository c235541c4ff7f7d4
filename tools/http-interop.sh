#!/usr/bin/env bash
# HTTP interoperability: minode against real HTTP implementations.
#
#   tools/http-interop.sh [MINODE]      (default: build/minode)
#
# Server side: minode serves a small echo server (method, URL, headers and a
# checksum of the body); curl (incl. --http1.0, a chunked upload, Expect:
# 100-continue), python3's http.client and real node's http.get talk to it.
# Client side: minode's http client fetches from `python3 -m http.server`
# and from a real node server, and shows keep-alive reuse (reusedSocket).
# Everything listens on 127.0.0.1, ports chosen by the kernel; every process
# started here is stopped by its PID on exit. A case whose tool is missing
# prints `skip` and why. Prints `pass`/`FAIL` per case, then
# `N passed, N failed` (exit 1 if anything failed).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
MINODE=${1:-${MINODE:-$root/build/minode}}
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]+"${pids[@]}"}"; do kill "$p" 2>/dev/null; done; rm -rf "$tmp"; }
trap cleanup EXIT
passed=0; failed=0; skipped=0
ok()   { echo "pass $1"; passed=$((passed + 1)); }
bad()  { echo "FAIL $1: $2"; failed=$((failed + 1)); }
skip() { echo "skip $1 ($2)"; skipped=$((skipped + 1)); }
have() { command -v "$1" >/dev/null 2>&1; }
check() {  # check NAME EXPECTED_REGEX ACTUAL
  if printf '%s' "$3" | grep -Eq -- "$2"; then ok "$1"; else bad "$1" "wanted /$2/, got: $(printf '%s' "$3" | head -c 300 | tr '\n' ' ')"; fi
}
wait_port() {  # wait_port FILE: the port a server wrote to FILE
  local i
  for i in $(seq 1 100); do [ -s "$1" ] && { cat "$1"; return 0; }; sleep 0.05; done
  return 1
}

[ -x "$MINODE" ] || { echo "no minode at $MINODE (build it with make)"; echo "0 passed, 1 failed"; exit 1; }

# --- minode as the server -------------------------------------------------
cat > "$tmp/server.js" <<'JS'
var http = require('http');
var fs = require('fs');
var server = http.createServer(function (req, res) {
  var n = 0, sum = 0;
  req.on('data', function (d) { n += d.length; for (var i = 0; i < d.length; i++) sum = (sum + d[i]) % 65521; });
  req.on('end', function () {
    var body = JSON.stringify({ method: req.method, url: req.url, version: req.httpVersion,
      te: req.headers['transfer-encoding'] || null, expect: req.headers.expect || null, bytes: n, sum: sum,
      port: req.socket.remotePort });
    res.setHeader('Content-Type', 'application/json');
    res.end(body + '\n');
  });
});
server.listen(0, '127.0.0.1', function () { fs.writeFileSync(process.argv[2], String(server.address().port)); });
JS
"$MINODE" "$tmp/server.js" "$tmp/mport" > "$tmp/mserver.log" 2>&1 &
pids+=($!)
mport=$(wait_port "$tmp/mport") || { bad "minode server start" "$(head -c 300 "$tmp/mserver.log")"; mport=""; }
head -c 200000 /dev/urandom > "$tmp/upload.bin"
upsum=$(python3 -c "import sys; d=open(sys.argv[1],'rb').read(); print(len(d), sum(d) % 65521)" "$tmp/upload.bin" 2>/dev/null || echo "")
if [ -n "$mport" ]; then
  base="http://127.0.0.1:$mport"
  if have curl; then
    out=$(curl -s -i --max-time 10 "$base/hello?x=1" 2>&1)
    check "curl GET" '^HTTP/1.1 200 OK.*"url":"/hello\?x=1"' "$(echo "$out" | tr -d '\r' | tr '\n' ' ')"
    out=$(curl -s -i --http1.0 --max-time 10 "$base/old" 2>&1 | tr -d '\r' | tr '\n' ' ')
    check "curl --http1.0" '"version":"1.0"' "$out"
    out=$(curl -s --max-time 10 -H 'Transfer-Encoding: chunked' --data-binary @"$tmp/upload.bin" "$base/up" 2>&1)
    n=${upsum% *}; s=${upsum#* }
    check "curl chunked upload" "\"te\":\"chunked\",\"expect\":null,\"bytes\":$n,\"sum\":$s" "$out"
    out=$(curl -s -v --max-time 10 -H 'Expect: 100-continue' --data-binary @"$tmp/upload.bin" "$base/cont" 2>&1)
    check "curl Expect: 100-continue" "HTTP/1.1 100 Continue.*\"bytes\":$n,\"sum\":$s" "$(echo "$out" | tr -d '\r' | tr '\n' ' ')"
    out=$(curl -s --max-time 10 "$base/a" "$base/b" -w '%{num_connects}\n' 2>&1 | tr '\n' ' ')
    check "curl keep-alive (2 requests, 1 connection)" '"url":"/a".* 1 \{.*"url":"/b".* 0 $' "$out"
  else skip "curl cases" "curl not installed"; fi
  if have python3; then
    out=$(timeout 20 python3 -c '
import http.client, sys, json
c = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]), timeout=10)
ports = []
for p in ("/p1", "/p2"):
    c.request("POST", p, body=b"x" * 1000, headers={"X-Test": "1"})
    r = c.getresponse(); j = json.loads(r.read()); ports.append(j["port"])
    print(r.status, j["url"], j["bytes"])
print("same-connection", ports[0] == ports[1])
' "$mport" 2>&1 | tr '\n' ' ')
    check "python3 http.client (keep-alive POSTs)" '^200 /p1 1000 200 /p2 1000 same-connection True' "$out"
  else skip "python3 http.client" "python3 not installed"; fi
  if have node; then
    out=$(timeout 20 node -e '
var http = require("http");
http.get("http://127.0.0.1:" + process.argv[1] + "/from-node", function (res) {
  var b = ""; res.on("data", function (d) { b += d; });
  res.on("end", function () { console.log(res.statusCode, res.headers["content-type"], JSON.parse(b).url); });
});' "$mport" 2>&1)
    check "node http.get -> minode" '^200 application/json /from-node' "$out"
  else skip "node http.get" "node not installed"; fi
fi

# --- minode as the client -------------------------------------------------
cat > "$tmp/client.js" <<'JS'
// node client.js URL: GET URL twice with a keep-alive agent, print status,
// body length and whether the second request reused the socket.
var http = require('http');
var agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
var url = process.argv[2];
function get(cb) {
  var req = http.get(url, { agent: agent }, function (res) {
    var n = 0;
    res.on('data', function (d) { n += d.length; });
    res.on('end', function () { cb(req, res, n); });
  });
  req.on('error', function (e) { console.log('error', e.code || e.message); process.exit(1); });
}
get(function (r1, res1, n1) {
  setImmediate(function () {
    get(function (r2, res2, n2) {
      console.log(res1.statusCode, n1, res2.statusCode, n2, 'reused', r1.reusedSocket, r2.reusedSocket);
      agent.destroy();
    });
  });
});
JS
if have python3; then
  mkdir -p "$tmp/www"; head -c 50000 /dev/urandom > "$tmp/www/blob.bin"
  # Pick a free port, then let http.server bind it on 127.0.0.1.
  pyport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  (cd "$tmp/www" && exec python3 -m http.server "$pyport" --bind 127.0.0.1 --protocol HTTP/1.1) > "$tmp/py.log" 2>&1 &
  pids+=($!)
  for i in $(seq 1 100); do python3 -c "import socket; socket.create_connection(('127.0.0.1',$pyport),1)" 2>/dev/null && break; sleep 0.05; done
  out=$(timeout 20 "$MINODE" "$tmp/client.js" "http://127.0.0.1:$pyport/blob.bin" 2>&1)
  check "minode client -> python3 http.server" '^200 50000 200 50000' "$out"
  check "minode client -> python3 http.server: keep-alive reuse" 'reused false true$' "$out"
else skip "minode client -> python3 http.server" "python3 not installed"; fi
if have node; then
  cat > "$tmp/nserver.js" <<'JS'
var http = require('http');
var server = http.createServer(function (req, res) { res.end('hello from node ' + req.url); });
server.listen(0, '127.0.0.1', function () { require('fs').writeFileSync(process.argv[2], String(server.address().port)); });
JS
  node "$tmp/nserver.js" "$tmp/nport" > "$tmp/nserver.log" 2>&1 &
  pids+=($!)
  if nport=$(wait_port "$tmp/nport"); then
    out=$(timeout 20 "$MINODE" "$tmp/client.js" "http://127.0.0.1:$nport/x" 2>&1)
    check "minode client -> node server" '^200 18 200 18' "$out"
    check "minode client -> node server: keep-alive reuse" 'reused false true$' "$out"
  else bad "node server start" "$(head -c 300 "$tmp/nserver.log")"; fi
else skip "minode client -> node server" "node not installed"; fi

[ "$skipped" -gt 0 ] && echo "($skipped skipped: tool missing)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
