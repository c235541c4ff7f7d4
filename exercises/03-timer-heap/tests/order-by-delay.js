// doc: timers.md § "setTimeout(callback[, delay[, ...args]])"
// Timers fire in order of their deadlines, not of their creation.
setTimeout(function () { console.log(30); }, 30);
setTimeout(function () { console.log(10); }, 10);
setTimeout(function () { console.log(20); }, 20);
// expect: 10
// expect: 20
// expect: 30
