// doc: process.md § "Exit codes"
// An exception thrown by a nextTick callback is uncaught: exit code 1.
process.nextTick(function () { throw new Error('from tick'); });
// expect-exit: 1
// expect-stderr: /Error: from tick/
