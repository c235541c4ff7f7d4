// doc: timers.md § "setImmediate(callback[, ...args])"
// A chain of immediates runs one link per iteration, so a due timer still gets its turn.
var N = 20000;
var n = 0;
var timerSaw = -1;
setTimeout(function () { timerSaw = n; }, 1);
function again() { if (++n < N) setImmediate(again); }
setImmediate(again);
process.on('exit', function () { console.log(n, timerSaw >= 0 && timerSaw < N); });
// expect: 20000 true
