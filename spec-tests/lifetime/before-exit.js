// doc: process.md § "Event: 'beforeExit'"
// 'beforeExit' is emitted with process.exitCode when the loop has no more work.
process.exitCode = 0;
process.on('beforeExit', function (code) { console.log('beforeExit', code); });
setTimeout(function () { console.log('timer'); }, 1);
// expect: timer
// expect: beforeExit 0
