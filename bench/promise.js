// Benchmark: Promise and microtask throughput.
//
// Runs unchanged under node and minode (ES5, no timers needed): each case
// queues N operations, and the time runs until the last callback. Prints
// one line per case: "<name> <N> ops <total ms> ms <µs/op> us/op".
// bench/promise-compare.sh runs it under both and prints the ratios.
//
// Usage: node bench/promise.js [scale]   (scale multiplies every N; default 1)
'use strict';

var scale = +(typeof process === 'object' && process.argv && process.argv[2]) || 1;
var now = typeof performance === 'object' && performance && typeof performance.now === 'function' ?
  function () { return performance.now(); } : function () { return Date.now(); };

function report(name, n, ms) {
  console.log(name + ' ' + n + ' ops ' + ms.toFixed(1) + ' ms ' + (ms * 1000 / n).toFixed(2) + ' us/op');
}

// Each case returns a promise that fulfills when its N operations are done.
var cases = [
  ['resolve+then', 100000, function (n) {
    var left = n;
    var t0 = now();
    return new Promise(function (done) {
      function onValue() { if (--left === 0) done(now() - t0); }
      for (var i = 0; i < n; i++) Promise.resolve(i).then(onValue);
    });
  }],
  ['new Promise+resolve+then', 100000, function (n) {
    var left = n;
    var t0 = now();
    return new Promise(function (done) {
      function onValue() { if (--left === 0) done(now() - t0); }
      function executor(resolve) { resolve(1); }
      for (var i = 0; i < n; i++) new Promise(executor).then(onValue);
    });
  }],
  ['then chain (10k deep)', 10000, function (n) {
    var t0 = now();
    var p = Promise.resolve(0);
    function inc(v) { return v + 1; }
    for (var i = 0; i < n; i++) p = p.then(inc);
    return p.then(function () { return now() - t0; });
  }],
  ['adopt promise (resolve(p))', 50000, function (n) {
    var left = n;
    var t0 = now();
    return new Promise(function (done) {
      function onValue() { if (--left === 0) done(now() - t0); }
      for (var i = 0; i < n; i++) {
        var inner = Promise.resolve(i);
        new Promise(function (resolve) { resolve(inner); }).then(onValue);
      }
    });
  }],
  ['Promise.all of 100', 1000, function (n) {
    var t0 = now();
    var rounds = [];
    for (var r = 0; r < n; r++) {
      var list = [];
      for (var i = 0; i < 100; i++) list.push(Promise.resolve(i));
      rounds.push(Promise.all(list));
    }
    return Promise.all(rounds).then(function () { return now() - t0; });
  }],
  ['queueMicrotask', 100000, function (n) {
    var left = n;
    var t0 = now();
    return new Promise(function (done) {
      function tick() { if (--left === 0) done(now() - t0); }
      for (var i = 0; i < n; i++) queueMicrotask(tick);
    });
  }]
];

function runCase(i) {
  if (i >= cases.length) return;
  var c = cases[i];
  var n = Math.max(1, Math.round(c[1] * scale));
  c[2](n).then(function (ms) {
    report(c[0], n, ms);
    runCase(i + 1);
  });
}
runCase(0);
