// Benchmark: a chain of 1,000,000 setImmediate calls, each scheduling the next.
// Measures one loop iteration's fixed cost (check phase + call into JS).
// Run: bench/timers-compare.sh.
'use strict';
var N = +(process.argv[2] || 1000000);
var n = 0;
var start = Date.now();
function next() {
  if (++n < N) setImmediate(next);
}
setImmediate(next);
process.on('exit', function () {
  console.log('timers-immediate-chain ' + n + ' immediates ' + (Date.now() - start) + ' ms');
});
