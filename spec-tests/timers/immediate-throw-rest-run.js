// doc: process.md § "Event: 'uncaughtException'"
// After an immediate throws (and is handled), the remaining immediates still run.
process.on('uncaughtException', function (e) { console.log('caught', e.message); });
setImmediate(function () { throw new Error('one'); });
setImmediate(function () { console.log('two'); });
// expect: caught one
// expect: two
