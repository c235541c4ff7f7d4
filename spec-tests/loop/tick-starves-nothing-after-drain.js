// doc: process.md § "process.nextTick(callback[, ...args])"
// A long but finite nextTick chain finishes before the first timer runs.
var n = 0;
function again() { if (++n < 10000) process.nextTick(again); }
process.nextTick(again);
setTimeout(function () { console.log(n); }, 0);
// expect: 10000
