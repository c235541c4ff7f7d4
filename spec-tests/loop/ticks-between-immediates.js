// doc: process.md § "process.nextTick(callback[, ...args])"
// nextTicks and microtasks queued by one immediate run before the next immediate.
setImmediate(function () {
  console.log('i1');
  Promise.resolve().then(function () { console.log('micro'); });
  process.nextTick(function () { console.log('tick'); });
});
setImmediate(function () { console.log('i2'); });
// expect: i1
// expect: tick
// expect: micro
// expect: i2
