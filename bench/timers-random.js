// Benchmark: 100,000 setTimeouts with random delays (0-99 ms), all fired.
// Measures the timer store: insert, the loop's wait, and one callback per timer.
// Run: bench/timers-compare.sh (node vs minode, side by side).
'use strict';
var N = +(process.argv[2] || 100000);
var fired = 0;
var seed = 42;
function random() {  // deterministic, so both runtimes do the same work
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}
function onTimeout() { fired++; }
var start = Date.now();
for (var i = 0; i < N; i++) setTimeout(onTimeout, Math.floor(random() * 100));
process.on('exit', function () {
  if (fired !== N) throw new Error('fired ' + fired + ' of ' + N);
  console.log('timers-random ' + N + ' timers ' + (Date.now() - start) + ' ms');
});
