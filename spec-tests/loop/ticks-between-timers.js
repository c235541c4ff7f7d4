// doc: process.md § "process.nextTick(callback[, ...args])"
// nextTicks and microtasks queued by one timer run before the next timer.
setTimeout(function () {
  console.log('t1');
  process.nextTick(function () { console.log('tick'); });
  Promise.resolve().then(function () { console.log('micro'); });
}, 5);
setTimeout(function () { console.log('t2'); }, 5);
// expect: t1
// expect: tick
// expect: micro
// expect: t2
