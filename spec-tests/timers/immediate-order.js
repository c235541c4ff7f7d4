// doc: timers.md § "setImmediate(callback[, ...args])"
// "callbacks are queued in the order in which they are created".
setImmediate(function () { console.log(1); });
setImmediate(function () { console.log(2); });
setImmediate(function () { console.log(3); });
// expect: 1
// expect: 2
// expect: 3
