// doc: timers.md § "setTimeout(callback[, delay[, ...args]])"
// "When delay is ... less than 1, the delay will be set to 1."
var t = setTimeout(function () { console.log('fired'); }, -50);
console.log(t._idleTimeout);
// expect: 1
// expect: fired
