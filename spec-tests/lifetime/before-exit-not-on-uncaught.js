// doc: process.md § "Event: 'beforeExit'"
// 'beforeExit' is not emitted after an uncaught exception ends the process.
process.on('beforeExit', function () { console.log('beforeExit'); });
process.on('exit', function (c) { console.log('exit', c); });
setTimeout(function () { throw new Error('boom'); }, 1);
// expect: exit 1
// expect-exit: 1
// expect-stderr: /Error: boom/
