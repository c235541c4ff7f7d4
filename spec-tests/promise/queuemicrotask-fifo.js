// doc: globals.md § "queueMicrotask(callback)"
// queueMicrotask callbacks share one FIFO queue with promise jobs.
var p = Promise.resolve();
queueMicrotask(function () { console.log('m1'); });
p.then(function () { console.log('p1'); queueMicrotask(function () { console.log('m3'); }); });
queueMicrotask(function () { console.log('m2'); });
// expect: m1
// expect: p1
// expect: m2
// expect: m3
