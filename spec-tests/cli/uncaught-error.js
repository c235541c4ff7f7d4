// doc: process.md § "Exit codes"
// An uncaught exception prints the error and its origin (file:line) to stderr and exits with status 1.
console.log('before');
throw new Error('boom');
// expect: before
// expect-exit: 1
// expect-stderr: /Error: boom/
// expect-stderr: /uncaught-error\.js:4/
