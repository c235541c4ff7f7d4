// doc: process.md § "process.nextTick(callback[, ...args])"
// Extra arguments are passed to the nextTick callback.
process.nextTick(function (a, b) { console.log(a + b); }, 2, 3);
// expect: 5
