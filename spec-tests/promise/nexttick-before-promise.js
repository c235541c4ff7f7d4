// doc: process.md § "When to use `queueMicrotask()` vs. `process.nextTick()`"
// The nextTick queue is drained before the promise microtask queue.
Promise.resolve().then(function () { console.log('promise'); });
queueMicrotask(function () { console.log('microtask'); });
process.nextTick(function () { console.log('nextTick'); });
console.log('sync');
// expect: sync
// expect: nextTick
// expect: promise
// expect: microtask
