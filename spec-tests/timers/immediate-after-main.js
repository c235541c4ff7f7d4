// doc: timers.md § "setImmediate(callback[, ...args])"
// An immediate runs after the main script, with its extra arguments.
setImmediate(function (a, b) { console.log('immediate', a, b); }, 1, 2);
console.log('main');
// expect: main
// expect: immediate 1 2
