// doc: process.md § "When to use queueMicrotask() vs. process.nextTick()"
// A nextTick queued from a microtask runs after the current microtask queue drains.
Promise.resolve().then(function () {
  process.nextTick(function () { console.log('tick from promise'); });
  console.log('p1');
}).then(function () { console.log('p2'); });
Promise.resolve().then(function () { console.log('p3'); });
// expect: p1
// expect: p3
// expect: p2
// expect: tick from promise
