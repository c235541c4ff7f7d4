// doc: process.md § "Event: 'beforeExit'"
// 'beforeExit' is not emitted when process.exit() is called.
process.on('beforeExit', function () { console.log('beforeExit'); });
process.on('exit', function (c) { console.log('exit', c); });
setTimeout(function () { process.exit(3); }, 1);
// expect: exit 3
// expect-exit: 3
