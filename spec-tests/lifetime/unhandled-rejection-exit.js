// doc: process.md § "Event: 'unhandledRejection'"
// An unhandled rejection is an uncaught exception by default: exit code 1.
Promise.reject(new Error('rejected'));
setTimeout(function () { console.log('never'); }, 50);
// expect-exit: 1
// expect-stderr: /Error: rejected/
