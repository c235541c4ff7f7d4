// doc: assert.md § "assert.throws(fn[, error][, message])"
// throws accepts an Error class or a RegExp tested against String(err); mismatches are reported.
var assert = require('assert');
assert.throws(function () { throw new TypeError('bad'); }, TypeError);
assert.throws(function () { throw new Error('Wrong value'); }, /^Error: Wrong value$/);
try { assert.throws(function () { throw new Error('x'); }, TypeError); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.throws(function () { throw new Error('x'); }, /y/); } catch (e) { console.log(JSON.stringify(e.message)); }
// expect: "The error is expected to be an instance of \"TypeError\". Received \"Error\"\n\nError message:\n\nx"
// expect: "The input did not match the regular expression /y/. Input:\n\n'Error: x'\n"
