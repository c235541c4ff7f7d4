// doc: timers.md § "clearTimeout(timeout)"
// A timer cleared by another timer callback of the same timers phase does not run.
var b;
setTimeout(function () { console.log('a'); clearTimeout(b); }, 10);
b = setTimeout(function () { console.log('b'); }, 10);
setTimeout(function () { console.log('c'); }, 10);
// expect: a
// expect: c
