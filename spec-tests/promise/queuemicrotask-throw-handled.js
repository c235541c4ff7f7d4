// doc: process.md § "Event: `'uncaughtException'`"
// An 'uncaughtException' listener receives a microtask's exception and later microtasks still run.
process.on('uncaughtException', function (e) { console.log('caught ' + e.message); });
queueMicrotask(function () { throw new Error('m1'); });
queueMicrotask(function () { console.log('m2 runs'); });
// expect: caught m1
// expect: m2 runs
