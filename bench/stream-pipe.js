// Benchmark: stream throughput through Readable -> PassThrough -> Writable.
//
// A Readable pushes the same 64 KiB Buffer over and over (no copies: the
// benchmark measures the stream machinery, not memcpy), piped through a
// PassThrough into a Writable whose _write calls back at once. Prints
// "<name> <MiB> MiB <ms> ms <MB/s> MB/s" per case, plus the peak of
// bytes buffered anywhere in the chain (backpressure must keep it near the
// three highWaterMarks however fast the producer is).
// Runs unchanged under node and minode (ES5). bench/stream-compare.sh runs both.
//
// Usage: node bench/stream-pipe.js [MiB] [case]   (default 1024: 1 GiB; both cases)
// With a case name (pipeline-64k-hwm16k or pipeline-64k-hwm64k) only that case
// runs, in a process of its own: bench/stream-compare.sh runs them that way,
// so each is "1 GiB through a pipeline" from a cold start. Run in one
// process, the second case gets a JIT warmed by the first GiB (node's MB/s
// keeps rising with the amount moved), which an interpreter does not.
'use strict';

var stream = require('stream');

var totalMiB = +process.argv[2] || 1024;
var CHUNK = 64 * 1024;
var now = typeof performance === 'object' && performance && typeof performance.now === 'function' ?
  function () { return performance.now(); } : function () { return Date.now(); };

function run(name, opts, done) {
  var chunk = Buffer.alloc(CHUNK, 120);
  var chunks = totalMiB * 1024 * 1024 / CHUNK;
  var sent = 0, received = 0, peak = 0;
  var src = new stream.Readable({
    highWaterMark: opts.hwm,
    read: function () {
      while (sent < chunks) {
        sent++;
        if (!this.push(chunk)) return;
      }
      this.push(null);
    }
  });
  var mid = new stream.PassThrough({ highWaterMark: opts.hwm });
  var dst = new stream.Writable({
    highWaterMark: opts.hwm,
    write: function (c, e, cb) {
      received += c.length;
      if ((received & 0xffffff) === 0) { // every 16 MiB: sample what is buffered
        var b = src.readableLength + mid.readableLength + mid.writableLength + dst.writableLength;
        if (b > peak) peak = b;
      }
      cb();
    }
  });
  var t0 = now();
  stream.pipeline(src, mid, dst, function (err) {
    if (err) throw err;
    var ms = now() - t0;
    var mb = received / 1e6;
    console.log(name + ' ' + (received / 1048576) + ' MiB ' + ms.toFixed(1) + ' ms ' +
      (mb / (ms / 1000)).toFixed(1) + ' MB/s peak-buffered ' + peak);
    done();
  });
}

var only = process.argv[3];
var cases = [['pipeline-64k-hwm16k', { hwm: 16384 }], ['pipeline-64k-hwm64k', { hwm: 65536 }]]
  .filter(function (c) { return !only || c[0] === only; });
if (cases.length === 0) throw new Error('no such case: ' + only);
(function next(i) {
  if (i < cases.length) run(cases[i][0], cases[i][1], function () { next(i + 1); });
})(0);
