// doc: timers.md § "setImmediate(callback[, ...args])"
// Scheduled from a timer callback, an immediate runs before a 0 ms timeout.
setTimeout(function () {
  setTimeout(function () { console.log('timeout'); }, 0);
  setImmediate(function () { console.log('immediate'); });
}, 1);
// expect: immediate
// expect: timeout
