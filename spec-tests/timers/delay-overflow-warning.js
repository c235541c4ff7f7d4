// doc: timers.md § "setTimeout(callback[, delay[, ...args]])"
// A delay above 2147483647 becomes 1 and emits a TimeoutOverflowWarning.
process.on('warning', function (w) { console.log(w.name); });
var t = setTimeout(function () { console.log('fired'); }, 2147483648);
console.log(t._idleTimeout);
// expect: 1
// expect: TimeoutOverflowWarning
// expect: fired
