// doc: timers.md § "setTimeout(callback[, delay[, ...args]])"
// A missing delay is treated as 1 ms.
var t = setTimeout(function () { console.log('fired'); });
console.log(t._idleTimeout);
// expect: 1
// expect: fired
