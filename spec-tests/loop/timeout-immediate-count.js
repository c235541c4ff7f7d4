// doc: timers.md § "setImmediate(callback[, ...args])"
// From the main module, a 0 ms timeout and an immediate both run once (order varies).
var calls = { timeout: 0, immediate: 0 };
setTimeout(function () { calls.timeout++; }, 0);
setImmediate(function () { calls.immediate++; });
process.on('exit', function () { console.log(calls.timeout, calls.immediate); });
// expect: 1 1
