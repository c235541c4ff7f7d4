// doc: assert.md § "assert.throws(fn[, error][, message])"
// A string second argument identical to the thrown message is rejected as ambiguous.
var assert = require('assert');
try { assert.throws(function () { throw new Error('x'); }, 'x'); } catch (e) { console.log(e.code, e.message); }
// expect: ERR_AMBIGUOUS_ARGUMENT The "error/message" argument is ambiguous. The error message "x" is identical to the message.
