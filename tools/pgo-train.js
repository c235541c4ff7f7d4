// Training run for the profile-guided build of Duktape (cmake/Pgo.cmake,
// MINODE_PGO=ON): an instrumented minode runs this once, and the counts it
// leaves behind tell GCC which paths of the interpreter are hot.
//
//   minode tools/pgo-train.js [scale]     (scale multiplies every count; default 1)
//
// What it exercises is what minode spends its time on: the bytecode
// executor, property access and calls (plain JS), the nextTick queue, the
// check phase (setImmediate), timers, promises, EventEmitter.emit, the
// stream machinery (Readable -> PassThrough -> Writable), Buffer codecs,
// JSON, and an HTTP server answering keep-alive requests from clients in
// the same process. Each part is small (the whole run takes about a second
// instrumented) and checks its own result: a run that goes wrong exits 1, so
// the build falls back to the plain compile instead of trusting a bad
// profile. Self-contained on purpose (no bench/ files): the profile must not
// change when a benchmark does. ES5, so it also runs under node.
'use strict';

var EventEmitter = require('events');
var stream = require('stream');
var http = require('http');
var net = require('net');

var scale = +process.argv[2] || 1;
var steps = [];

function fail(what) {
  console.error('pgo-train: ' + what);
  process.exit(1);
}

// Plain JS: arithmetic, objects, closures, strings, arrays, exceptions.
steps.push(function plainJs(done) {
  var n = 20000 * scale, sum = 0, objs = [], s = '';
  function Point(x, y) { this.x = x; this.y = y; }
  Point.prototype.len = function () { return Math.abs(this.x) + Math.abs(this.y); };
  for (var i = 0; i < n; i++) {
    var p = new Point(i, -i);
    sum += p.len();
    objs.push({ id: i, name: 'item' + i, tags: [i & 7, i & 3] });
    if ((i & 1023) === 0) s += String(i).split('').reverse().join('');
    try { if ((i & 4095) === 0) throw new TypeError('t' + i); } catch (e) { sum += e.message.length; }
  }
  var filtered = objs.filter(function (o) { return o.tags[0] === 1; }).map(function (o) { return o.id; });
  var json = JSON.stringify(objs.slice(0, 2000));
  if (JSON.parse(json).length !== 2000 || filtered.length !== n / 8 || sum <= 0 || !s) fail('plain JS');
  done();
});

steps.push(function nextTickChain(done) {
  var n = 0, N = 20000 * scale;
  function next() { if (++n < N) process.nextTick(next); else done(); }
  process.nextTick(next);
});

steps.push(function immediateChain(done) {
  var n = 0, N = 20000 * scale;
  function next() { if (++n < N) setImmediate(next); else done(); }
  setImmediate(next);
});

steps.push(function timers(done) {
  var left = 200 * scale;
  for (var i = 0; i < 200 * scale; i++) {
    setTimeout(function () { if (--left === 0) done(); }, i % 3);
  }
  clearTimeout(setTimeout(function () { fail('cleared timer ran'); }, 1));
});

steps.push(function promises(done) {
  var p = Promise.resolve(0);
  for (var i = 0; i < 10000 * scale; i++) p = p.then(function (v) { return v + 1; });
  p.then(function (v) {
    if (v !== 10000 * scale) fail('promise chain');
    return Promise.all([1, 2, 3].map(function (x) { return new Promise(function (r) { setImmediate(r, x); }); }));
  }).then(function (all) {
    if (all.join() !== '1,2,3') fail('Promise.all');
    done();
  });
});

steps.push(function events(done) {
  var e = new EventEmitter(), sink = 0;
  e.on('a', function () { sink++; });
  e.on('b', function (x, y) { sink += y; });
  e.on('b', function (x, y) { sink += x; });
  for (var i = 0; i < 30000 * scale; i++) { e.emit('a'); e.emit('b', 1, 2); e.emit('none', i); }
  e.once('c', function () { sink++; });
  e.emit('c'); e.emit('c');
  if (sink !== 30000 * scale * 4 + 1) fail('events');
  done();
});

steps.push(function streamPipe(done) {
  var chunk = Buffer.alloc(16 * 1024, 120), chunks = 4000 * scale, sent = 0, received = 0;
  var src = new stream.Readable({
    read: function () {
      while (sent < chunks) { sent++; if (!this.push(chunk)) return; }
      this.push(null);
    }
  });
  var mid = new stream.PassThrough();
  var dst = new stream.Writable({ write: function (c, e, cb) { received += c.length; cb(); } });
  dst.on('finish', function () {
    if (received !== chunks * chunk.length) fail('stream pipe');
    done();
  });
  src.pipe(mid).pipe(dst);
});

steps.push(function buffers(done) {
  var buf = Buffer.alloc(64 * 1024);
  for (var i = 0; i < buf.length; i++) buf[i] = (i * 7) & 255;
  for (var k = 0; k < 4 * scale; k++) {
    ['base64', 'hex', 'latin1', 'utf8'].forEach(function (enc) {
      var back = Buffer.from(buf.toString(enc), enc);
      if (enc !== 'utf8' && !back.equals(buf)) fail('buffer ' + enc);
    });
  }
  var parts = [];
  for (var j = 0; j < 2000; j++) parts.push(Buffer.from('part' + j));
  if (Buffer.concat(parts).toString().indexOf('part1999') < 0) fail('Buffer.concat');
  done();
});

// HTTP: keep-alive requests on raw sockets (the server's hot path), then a
// few through http.get (the client's).
steps.push(function httpServer(done) {
  var total = 2000 * scale, conns = 8, sent = 0, answered = 0, closed = 0;
  var server = http.createServer(function (req, res) {
    res.setHeader('Content-Type', 'text/plain');
    res.end('Hello World');
  });
  server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    for (var i = 0; i < conns; i++) open(port);
  });
  function open(port) {
    var s = net.connect(port, '127.0.0.1'), pending = '';
    function next() {
      if (sent < total) { sent++; s.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'); } else s.end();
    }
    s.on('connect', next);
    s.on('data', function (d) {
      pending += d.toString('latin1');
      var at;
      while ((at = pending.indexOf('Hello World')) !== -1) { pending = pending.slice(at + 11); answered++; next(); }
    });
    s.on('close', function () {
      if (++closed < conns) return;
      if (answered !== total) fail('http: ' + answered + ' of ' + total + ' answered');
      clients(port, 50 * scale, function () { server.close(done); });
    });
  }
});

function clients(port, n, done) {
  var left = n;
  (function one() {
    http.get({ host: '127.0.0.1', port: port, path: '/x?y=' + left, agent: false }, function (res) {
      var body = '';
      res.setEncoding('utf8');
      res.on('data', function (d) { body += d; });
      res.on('end', function () {
        if (body !== 'Hello World' || res.statusCode !== 200) fail('http.get');
        if (--left === 0) done(); else one();
      });
    }).on('error', function (e) { fail('http.get: ' + e.message); });
  })();
}

(function run(i) {
  if (i === steps.length) { console.log('pgo-train: ' + steps.length + ' steps ok'); return; }
  steps[i](function () { setImmediate(run, i + 1); });
})(0);
