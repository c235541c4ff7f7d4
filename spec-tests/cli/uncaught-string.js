// doc: process.md § "Exit codes"
// Throwing a non-Error value uncaught exits with status 1 and prints the value itself (a string raw) to stderr.
throw 'oops-not-an-error';
// expect-exit: 1
// expect-stderr: /^oops-not-an-error$/
