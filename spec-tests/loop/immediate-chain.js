// doc: timers.md § "setImmediate(callback[, ...args])"
// A chain of immediates runs one link per iteration while timers still get their turn.
var n = 0;
var timerSaw = -1;
setTimeout(function () { timerSaw = n; }, 5);
function again() { if (++n < 3000) setImmediate(again); }
setImmediate(again);
process.on('exit', function () { console.log(n, timerSaw > 0 && timerSaw < 3000); });
// expect: 3000 true
