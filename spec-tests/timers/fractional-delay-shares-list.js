// doc: timers.md § "setTimeout(callback[, delay[, ...args]])"
// Non-integer delays are truncated: a 1.7 ms timer set after a 1 ms one fires after it, not before.
var out = [];
setTimeout(function () { out.push('a'); }, 1);
setTimeout(function () { out.push('b'); }, 1.7);
setTimeout(function () { out.push('c'); }, 1);
setTimeout(function () { console.log(out.join(',')); }, 20);
// expect: a,b,c
