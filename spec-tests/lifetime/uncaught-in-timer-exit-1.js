// doc: process.md § "Exit codes"
// An uncaught exception in a timer prints the stack and exits with code 1.
setTimeout(function () { throw new TypeError('bad thing'); }, 1);
setTimeout(function () { console.log('never'); }, 50);
// expect-exit: 1
// expect-stderr: /TypeError: bad thing/
