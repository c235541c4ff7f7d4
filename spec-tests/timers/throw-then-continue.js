// doc: process.md § "Event: 'uncaughtException'"
// A timer that throws is reported; with a handler, later timers still run.
process.on('uncaughtException', function (e) { console.log('caught', e.message); });
setTimeout(function () { throw new Error('boom'); }, 5);
setTimeout(function () { console.log('after'); }, 5);
// expect: caught boom
// expect: after
