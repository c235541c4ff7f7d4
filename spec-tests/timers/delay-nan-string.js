// doc: timers.md § "setTimeout(callback[, delay[, ...args]])"
// The delay is coerced to a number: '15' is 15 ms, 'abc' becomes 1.
var a = setTimeout(function () { console.log('a'); }, '15');
var b = setTimeout(function () { console.log('b'); }, 'abc');
console.log(a._idleTimeout, b._idleTimeout);
// expect: 15 1
// expect: b
// expect: a
