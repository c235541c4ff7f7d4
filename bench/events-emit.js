// Benchmark: EventEmitter.prototype.emit, the call under every 'data' chunk.
//
// Runs unchanged under node and minode (ES5, no timers, no I/O). Each case
// calls emit() N times and prints one line:
//   "<name> <N> ops <total ms> ms <µs/op> us/op"
// (the format of bench/promise.js). The last two cases are a naive emit
// written here (copy `arguments`, always an array, apply) on the same
// listeners: the difference is what events.js's fast path saves (see
// chapters/03b-eventemitter.md § "emit").
//
// Each case runs three times and the fastest run is reported: on a shared
// machine the minimum is the run least disturbed by other processes.
// Usage: node bench/events-emit.js [scale]   and   build/minode bench/events-emit.js [scale]
'use strict';

var EventEmitter = require('events');

var scale = +(process.argv[2]) || 1;
var now = typeof performance === 'object' && performance && typeof performance.now === 'function' ?
  function () { return performance.now(); } : function () { return Date.now(); };

function report(name, n, ms) {
  console.log(name + ' ' + n + ' ops ' + ms.toFixed(1) + ' ms ' + (ms * 1000 / n).toFixed(3) + ' us/op');
}

var sink = 0;
function listener0() { sink++; }
function listener2(a, b) { sink += b; }
function listener4(a, b, c, d) { sink += d; }

// A naive emitter: what emit() looks like without its fast path.
function naiveEmit(listeners, self, args) {
  var list = listeners.slice();
  for (var i = 0; i < list.length; i++) list[i].apply(self, args);
  return list.length > 0;
}

var cases = [
  ['emit, no listener', 1000000, function (n) {
    var e = new EventEmitter();
    for (var i = 0; i < n; i++) e.emit('data', i, 1);
  }],
  ['emit, 1 listener, 0 args', 1000000, function (n) {
    var e = new EventEmitter();
    e.on('tick', listener0);
    for (var i = 0; i < n; i++) e.emit('tick');
  }],
  ['emit, 1 listener, 2 args', 1000000, function (n) {
    var e = new EventEmitter();
    e.on('data', listener2);
    for (var i = 0; i < n; i++) e.emit('data', i, 1);
  }],
  ['emit, 3 listeners, 2 args', 500000, function (n) {
    var e = new EventEmitter();
    e.on('data', listener2).on('data', listener2).on('data', listener2);
    for (var i = 0; i < n; i++) e.emit('data', i, 1);
  }],
  ['emit, 1 listener, 4 args', 500000, function (n) {
    var e = new EventEmitter();
    e.on('data', listener4);
    for (var i = 0; i < n; i++) e.emit('data', i, 1, 2, 3);
  }],
  ['once + emit', 200000, function (n) {
    var e = new EventEmitter();
    for (var i = 0; i < n; i++) { e.once('data', listener2); e.emit('data', i, 1); }
  }],
  ['naive emit, 1 listener, 2 args', 1000000, function (n) {
    var list = [listener2];
    var self = {};
    function emit() {
      var args = Array.prototype.slice.call(arguments, 1);
      return naiveEmit(list, self, args);
    }
    for (var i = 0; i < n; i++) emit('data', i, 1);
  }]
];

for (var c = 0; c < cases.length; c++) {
  var n = Math.max(1, Math.round(cases[c][1] * scale));
  var best = Infinity;
  for (var run = 0; run < 3; run++) {
    var t0 = now();
    cases[c][2](n);
    best = Math.min(best, now() - t0);
  }
  report(cases[c][0], n, best);
}
if (sink < 0) console.log(sink);   // keeps the listeners' work observable
