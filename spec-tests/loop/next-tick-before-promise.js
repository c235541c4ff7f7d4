// doc: process.md § "When to use queueMicrotask() vs. process.nextTick()"
// The nextTick queue is drained before the microtask (promise) queue.
Promise.resolve().then(function () { console.log('promise'); });
queueMicrotask(function () { console.log('microtask'); });
process.nextTick(function () { console.log('tick'); });
// expect: tick
// expect: promise
// expect: microtask
