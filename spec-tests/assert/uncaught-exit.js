// doc: assert.md § "assert.ok(value[, message])"
// An uncaught AssertionError ends the process with code 1 and reports it on stderr.
var assert = require('assert');
console.log('before');
assert.strictEqual(1, 2);
console.log('not reached');
// expect: before
// expect-exit: 1
// expect-stderr: /AssertionError \[ERR_ASSERTION\]: Expected values to be strictly equal/
