// tools/http-fuzz.js: hostile-input reliability check for minode's HTTP server.
//
//   node tools/http-fuzz.js [--count N] [--seconds S] [--seed K]
//   (MINODE=path picks the binary under test, NODE=path the reference)
//   node tools/http-fuzz.js --port P [--ref-port Q] ...   servers already running
//   bash tools/http-fuzz.sh [client-runtime]            starts them, runs this
//                                                       (client: node or minode)
//
// What it does: starts two copies of the same small hello-world server on
// 127.0.0.1 (port 0), one under minode (the server under test) and one under
// real node (the reference; skipped, and said so, when node is missing).
// It then sends N (default 10,000) malformed or hostile requests, each on
// its own raw TCP connection, to both servers at once: bad methods and
// versions, overlong URLs and headers, too many headers, bad chunk sizes,
// NUL, bare CR and bare LF line ends, smuggling pairs (CL+TE, duplicate CLs, odd TEs), bad
// Content-Lengths, obs-fold, random garbage and byte-flipped valid requests.
// For each it records how the server answered: the status code, `none` (no
// answer before the idle cutoff) or `dropped` (closed/reset without one).
// Meanwhile a well-formed client keeps asking minode for `/` and a few
// slowloris connections trickle header bytes.
//
// Checks (printed `pass`/`FAIL`, then `N passed, N failed`):
//   - minode's server is alive at the end and never crashed;
//   - every well-formed request got 200 during the storm;
//   - per category, minode answered each request as node did (mismatches are
//     listed with the request that caused them);
//   - at least the requested number of hostile requests were sent.
// Bounded: stops sending after --seconds (default 45) whatever the count, and
// the whole run is killed at seconds + 15. Deterministic: a seeded PRNG.
'use strict';
var net = require('net');
var http = require('http');
var fs = require('fs');
var os = require('os');
var path = require('path');

var args = process.argv.slice(2);
function opt(name, def) {
  var i = args.indexOf('--' + name);
  return i >= 0 ? Number(args[i + 1]) : def;
}
var COUNT = opt('count', 10000);
var SECONDS = opt('seconds', 45);
var SEED = opt('seed', 12345);
var CONCURRENCY = 48;
var IDLE_MS = 400;        // no answer within this after the last byte: `none`
var root = path.resolve(__dirname, '..');
var MINODE = process.env.MINODE || path.join(root, 'build', 'minode');
var NODE = process.env.NODE || 'node';

// --- deterministic randomness -------------------------------------------
var seed = SEED >>> 0;
function rand() {  // mulberry32
  seed = (seed + 0x6D2B79F5) >>> 0;
  var t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function int(a, b) { return a + Math.floor(rand() * (b - a + 1)); }
function pick(list) { return list[int(0, list.length - 1)]; }
function rep(s, n) { return new Array(n + 1).join(s); }

// --- the hostile requests ------------------------------------------------
var H = 'Host: x\r\n';
var generators = {
  'bad-method': function () {
    return pick(['G ET', 'GET\x00', '\x01GET', 'GE\tT', 'GET/', '(GET)', 'G@T', '"GET"', 'GET:', 'GE[T']) +
      ' / HTTP/1.1\r\n' + H + '\r\n';
  },
  'bad-version': function () {
    return 'GET / ' + pick(['HTTP/1.2', 'HTTP/2.0', 'HTTP/0.9', 'HTTP/1', 'HTTP/1.1.1', 'HTTP/x.y', 'HTTP/11.1',
      'HTTPS/1.1', 'http/1.1', 'HTTP/1.1 extra', '']) + '\r\n' + H + '\r\n';
  },
  'long-url': function () {
    return 'GET /' + rep('a', pick([9000, 17000, 40000, 80000])) + ' HTTP/1.1\r\n' + H + '\r\n';
  },
  'long-header': function () {
    return 'GET / HTTP/1.1\r\n' + H + 'X-Big: ' + rep('b', pick([17000, 30000, 70000])) + '\r\n\r\n';
  },
  'many-headers': function () {
    var n = pick([2500, 4000]), s = '';
    for (var i = 0; i < n; i++) s += 'X-H' + i + ': vvvvvvvv\r\n';
    return 'GET / HTTP/1.1\r\n' + H + s + '\r\n';
  },
  'bad-chunk-size': function () {
    return 'POST / HTTP/1.1\r\n' + H + 'Transfer-Encoding: chunked\r\n\r\n' +
      pick(['zz', '-1', '0x10', 'FFFFFFFFFFFFFFFFFFFF', ' 5', 'g', '5\x00', '1;\x01']) + '\r\nhello\r\n0\r\n\r\n';
  },
  'nul': function () {
    var base = 'GET /path HTTP/1.1\r\n' + H + 'X-A: value\r\n\r\n';
    var at = int(1, base.length - 5);
    return base.slice(0, at) + '\x00' + base.slice(at);
  },
  'bare-cr': function () {
    return pick(['GET / HTTP/1.1\r' + H + '\r\n', 'GET / HTTP/1.1\r\n' + H + 'X-A: a\rb\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: x\rX-B: 1\r\n\r\n', 'GET /\r HTTP/1.1\r\n' + H + '\r\n']);
  },
  'bare-lf': function () {
    return pick(['GET / HTTP/1.1\n' + 'Host: x\n\n', 'GET / HTTP/1.1\r\n' + H + 'X-A: 1\n\r\n',
      'POST / HTTP/1.1\r\n' + H + 'Content-Length: 5\n\r\nhello', 'GET / HTTP/1.1\r\n' + H + '\n']);
  },
  'cl-te': function () {
    var te = pick(['chunked', 'CHUNKED', 'chunked, identity', 'gzip, chunked']);
    var cl = 'Content-Length: ' + pick(['0', '4', '5']) + '\r\n';
    var t = 'Transfer-Encoding: ' + te + '\r\n';
    return 'POST / HTTP/1.1\r\n' + H + (rand() < 0.5 ? cl + t : t + cl) + '\r\n0\r\n\r\n';
  },
  'dup-cl': function () {
    return 'POST / HTTP/1.1\r\n' + H + 'Content-Length: 5\r\nContent-Length: ' + pick(['5', '6', '0', '5, 5']) +
      '\r\n\r\nhello';
  },
  'bad-te': function () {
    return 'POST / HTTP/1.1\r\n' + H + 'Transfer-Encoding: ' + pick(['chunked, gzip', 'gzip', 'chunkedx', 'xchunked',
      'chunked\x0b']) + '\r\n\r\n0\r\n\r\n';
  },
  'bad-cl': function () {
    return 'POST / HTTP/1.1\r\n' + H + 'Content-Length: ' +
      pick(['-1', '1e3', 'abc', '0x5', '5 5', '99999999999999999999', '+5', '']) + '\r\n\r\nhello';
  },
  'bad-header-syntax': function () {
    return 'GET / HTTP/1.1\r\n' + H + pick(['X-A : b', 'X A: b', ': nameless', 'NoColon', 'X-A:\x7fb', '\x01X: y',
      'X-A: b\r\n c']) + '\r\n\r\n';
  },
  'garbage': function () {
    var n = int(1, 200), s = '';
    for (var i = 0; i < n; i++) s += String.fromCharCode(int(0, 255));
    return s + '\r\n\r\n';
  },
  'mutated': function () {
    var base = 'POST /submit?x=1 HTTP/1.1\r\n' + H + 'Content-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello';
    var s = base.split('');
    for (var k = int(1, 3); k > 0; k--) s[int(0, s.length - 1)] = String.fromCharCode(int(0, 255));
    return s.join('');
  },
  'valid': function () {
    return pick(['GET / HTTP/1.1\r\n' + H + '\r\n', 'GET /x HTTP/1.0\r\n\r\n',
      'POST / HTTP/1.1\r\n' + H + 'Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n']);
  }
};
var names = Object.keys(generators);
var cases = [];
for (var i = 0; i < COUNT; i++) {
  var cat = names[i % names.length];
  cases.push({ cat: cat, raw: Buffer.from(generators[cat](), 'latin1') });
}

// --- the servers ----------------------------------------------------------
var serverSrc = [
  "var http = require('http');",
  "var n = 0;",
  "var server = http.createServer(function (req, res) {",
  "  req.resume();",
  "  req.on('end', function () { res.end('Hello World\\n'); });",
  "});",
  "server.listen(0, '127.0.0.1', function () { console.log('port ' + server.address().port); });"
].join('\n');
var serverFile = path.join(os.tmpdir(), 'minode-fuzz-server-' + process.pid + '.js');
fs.writeFileSync(serverFile, serverSrc);

function startServer(bin, label, cb) {
  var child;
  try { child = require('child_process').spawn(bin, [serverFile], { stdio: ['ignore', 'pipe', 'pipe'] }); } catch (e) { return cb(null); }
  var out = '', err = '', done = false;
  var srv = { label: label, child: child, port: 0, exited: null, stderr: '' };
  child.on('error', function () { if (!done) { done = true; cb(null); } });
  child.stdout.on('data', function (d) {
    out += d;
    var m = /port (\d+)/.exec(out);
    if (m && !done) { done = true; srv.port = Number(m[1]); cb(srv); }
  });
  child.stderr.on('data', function (d) { err += d; srv.stderr = err.slice(-2000); });
  child.on('exit', function (code, sig) { srv.exited = { code: code, signal: sig }; if (!done) { done = true; cb(null); } });
  return srv;
}

// One hostile request on its own connection: how did the server answer?
function probe(port, raw, cb) {
  var text = '', finished = false, idle = null;
  var sock = net.connect(port, '127.0.0.1');
  function finish(what) {
    if (finished) return;
    finished = true;
    clearTimeout(idle);
    clearTimeout(hard);
    sock.destroy();
    cb(what);
  }
  function arm() { clearTimeout(idle); idle = setTimeout(function () { finish(answer() || 'none'); }, IDLE_MS); }
  function answer() {
    var m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
    return m ? m[1] : null;
  }
  var hard = setTimeout(function () { finish(answer() || 'none'); }, 3000);
  sock.on('connect', function () { sock.write(raw); arm(); });
  sock.setEncoding('latin1');
  sock.on('data', function (d) {
    text += d;
    if (answer() && text.indexOf('\r\n\r\n') >= 0) finish(answer());
    else arm();
  });
  sock.on('error', function () { finish(answer() || 'dropped'); });
  sock.on('close', function () { finish(answer() || 'dropped'); });
}

// --- the run ----------------------------------------------------------------
var results = { passed: 0, failed: 0 };
function check(ok, name, why) {
  if (ok) { results.passed++; console.log('pass ' + name); } else { results.failed++; console.log('FAIL ' + name + (why ? ': ' + why : '')); }
}

var t0 = Date.now();
var killAll = setTimeout(function () {
  console.log('FAIL run exceeded ' + (SECONDS + 15) + ' s; stopping');
  stop(1);
}, (SECONDS + 15) * 1000);

var mini = null, ref = null;
var servers = [];
function stop(code) {
  servers.forEach(function (s) { if (s && !s.exited) { try { s.child.kill(); } catch (e) {} } });
  try { fs.unlinkSync(serverFile); } catch (e) {}
  clearTimeout(killAll);
  process.exitCode = code;
  setTimeout(function () { process.exit(code); }, 100);
}

// Servers started elsewhere (tools/http-fuzz.sh): only their ports are known,
// so a crash shows as the server no longer answering.
function external(port, label) {
  return port ? { label: label, port: port, exited: null, stderr: '', child: { kill: function () {} } } : null;
}
if (opt('port', 0)) {
  mini = external(opt('port', 0), 'minode');
  ref = external(opt('ref-port', 0), 'node');
  if (!ref) console.log('skip: no reference server (--ref-port); only crash and liveness checks run');
  setTimeout(run, 0);
} else startServer(MINODE, 'minode', function (m) {
  if (!m) { console.log('FAIL cannot start the minode server (' + MINODE + ')'); console.log('0 passed, 1 failed'); return stop(1); }
  mini = m; servers.push(m);
  startServer(NODE, 'node', function (n) {
    if (!n) console.log('skip: no real node to compare with; only crash and liveness checks run');
    else { ref = n; servers.push(n); }
    run();
  });
});

function run() {
  var good = { sent: 0, ok: 0, bad: [] };
  var storm = true;
  // The well-formed client: one request at a time, all through the storm.
  function goodLoop() {
    if (!storm) return;
    good.sent++;
    var req = http.get({ host: '127.0.0.1', port: mini.port, path: '/', agent: false }, function (res) {
      res.resume();
      res.on('end', function () {
        if (res.statusCode === 200) good.ok++; else good.bad.push(res.statusCode);
        setTimeout(goodLoop, 10);
      });
    });
    req.setTimeout(5000, function () { req.destroy(new Error('timeout')); });
    req.on('error', function (e) { good.bad.push(e.code || e.message); setTimeout(goodLoop, 10); });
  }
  goodLoop();
  // Slowloris: a few connections trickling a never-ending head.
  var slow = [];
  for (var s = 0; s < 4; s++) (function () {
    var c = net.connect(mini.port, '127.0.0.1', function () { c.write('GET / HTTP/1.1\r\nHost: x\r\n'); });
    c.on('error', function () {});
    var k = 0;
    var iv = setInterval(function () { if (!c.destroyed) c.write('X-S' + (k++) + ': y\r\n'); }, 250);
    slow.push({ c: c, iv: iv });
  })();

  var next = 0, active = 0, sent = 0, answered = 0;
  var stopSending = Date.now() + SECONDS * 1000;
  function pump() {
    while (active < CONCURRENCY && next < cases.length && Date.now() < stopSending) {
      launch(cases[next++]);
    }
    if (active === 0 && (next >= cases.length || Date.now() >= stopSending)) finishRun();
  }
  function launch(c) {
    active++;
    sent++;
    var pending = ref ? 2 : 1;
    function one() { if (--pending === 0) { active--; answered++; setImmediate(pump); } }
    probe(mini.port, c.raw, function (st) { c.minode = st; one(); });
    if (ref) probe(ref.port, c.raw, function (st) { c.node = st; one(); });
  }
  var finishing = false;
  function finishRun() {
    if (finishing) return;
    finishing = true;
    storm = false;
    slow.forEach(function (x) { clearInterval(x.iv); x.c.destroy(); });
    // Is minode still serving after everything?
    http.get({ host: '127.0.0.1', port: mini.port, path: '/', agent: false }, function (res) {
      res.resume();
      res.on('end', function () { report(res.statusCode); });
    }).on('error', function (e) { report(e.code || e.message); });
  }
  function report(lastStatus) {
    var secs = ((Date.now() - t0) / 1000).toFixed(1);
    console.log('sent ' + sent + ' hostile requests in ' + secs + ' s (' + names.length + ' categories, seed ' + SEED + ')');
    var byCat = {};
    cases.slice(0, sent).forEach(function (c) {
      var b = byCat[c.cat] = byCat[c.cat] || { n: 0, minode: {}, node: {}, mismatches: [] };
      b.n++;
      b.minode[c.minode] = (b.minode[c.minode] || 0) + 1;
      if (ref) {
        b.node[c.node] = (b.node[c.node] || 0) + 1;
        if (c.node !== c.minode) b.mismatches.push(c);
      }
    });
    function hist(h) { return Object.keys(h).sort().map(function (k) { return k + 'x' + h[k]; }).join(' '); }
    names.forEach(function (cat) {
      var b = byCat[cat];
      if (!b) return;
      console.log('  ' + cat + ': n=' + b.n + '  minode[' + hist(b.minode) + ']' + (ref ? '  node[' + hist(b.node) + ']' : ''));
    });
    check(!mini.exited, 'minode server never crashed',
      mini.exited ? 'exited ' + JSON.stringify(mini.exited) + ' stderr: ' + mini.stderr.slice(-500) : '');
    check(lastStatus === 200, 'minode still serves after the storm', 'last request: ' + lastStatus);
    check(good.bad.length === 0 && good.ok > 0, 'well-formed client got 200 throughout (' + good.ok + ' requests)',
      good.bad.length + ' bad answers: ' + good.bad.slice(0, 5).join(','));
    check(sent >= Math.min(COUNT, 10000), 'sent at least ' + Math.min(COUNT, 10000) + ' hostile requests', 'only ' + sent + ' within ' + SECONDS + ' s');
    if (ref) {
      names.forEach(function (cat) {
        var b = byCat[cat];
        if (!b) return;
        var ms = b.mismatches;
        var why = '';
        if (ms.length) {
          var kinds = {};
          ms.forEach(function (c) { var k = 'node ' + c.node + ' / minode ' + c.minode; (kinds[k] = kinds[k] || []).push(c); });
          why = ms.length + ' of ' + b.n + ' differ: ' + Object.keys(kinds).map(function (k) {
            var ex = kinds[k][0].raw.toString('latin1');
            if (ex.length > 90) ex = ex.slice(0, 60) + '...(' + ex.length + ' bytes)';
            return k + ' (x' + kinds[k].length + ', e.g. ' + JSON.stringify(ex) + ')';
          }).join('; ');
        }
        check(ms.length === 0, 'minode answers ' + cat + ' as node does', why);
      });
    }
    console.log(results.passed + ' passed, ' + results.failed + ' failed');
    stop(results.failed ? 1 : 0);
  }
  pump();
}
