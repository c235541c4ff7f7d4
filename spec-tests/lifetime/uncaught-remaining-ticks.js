// doc: process.md § "Event: 'uncaughtException'"
// After a nextTick throws and is handled, the nextTicks queued behind it still run.
process.on('uncaughtException', function (e) { console.log('caught', e.message); });
process.nextTick(function () { throw new Error('t1'); });
process.nextTick(function () { console.log('t2'); });
// expect: caught t1
// expect: t2
