// Benchmark: a chain of 1,000,000 process.nextTick calls, each queueing the next.
// Measures the nextTick queue alone (no loop iterations at all).
// Run: bench/timers-compare.sh.
'use strict';
var N = +(process.argv[2] || 1000000);
var n = 0;
var start = Date.now();
function next() {
  if (++n < N) process.nextTick(next);
}
process.nextTick(next);
process.on('exit', function () {
  console.log('timers-nexttick-chain ' + n + ' ticks ' + (Date.now() - start) + ' ms');
});
