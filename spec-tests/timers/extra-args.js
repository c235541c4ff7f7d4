// doc: timers.md § "setTimeout(callback[, delay[, ...args]])"
// Arguments after the delay are passed to the callback.
setTimeout(function (a, b, c) { console.log(a, b, c); }, 1, 'x', 2, true);
// expect: x 2 true
