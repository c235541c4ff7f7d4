// doc: timers.md § "setTimeout(callback[, delay[, ...args]])"
// A zero delay still defers the callback until after the current script.
setTimeout(function () { console.log('b'); }, 0);
console.log('a');
// expect: a
// expect: b
