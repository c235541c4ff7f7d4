// doc: process.md § "Event: 'beforeExit'"
// 'beforeExit' is emitted when only unref'ed timers are left: they are not work to do.
// timeout: 3
setTimeout(function () { console.log('never'); }, 100000).unref();
process.on('beforeExit', function () { console.log('beforeExit'); });
process.on('exit', function () { console.log('exit'); });
// expect: beforeExit
// expect: exit
