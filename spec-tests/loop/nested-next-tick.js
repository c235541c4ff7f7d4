// doc: process.md § "process.nextTick(callback[, ...args])"
// A nextTick queued by a nextTick still runs before any promise reaction.
Promise.resolve().then(function () { console.log('promise'); });
process.nextTick(function () {
  console.log('t1');
  process.nextTick(function () { console.log('t2'); });
});
// expect: t1
// expect: t2
// expect: promise
