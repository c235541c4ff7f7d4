// doc: process.md § "Exit codes"
// An 'uncaughtException' handler that throws itself ends the process with code 7.
process.on('uncaughtException', function () { throw new Error('handler failed'); });
setTimeout(function () { throw new Error('first'); }, 1);
// expect-exit: 7
