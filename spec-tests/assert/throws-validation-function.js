// doc: assert.md § "assert.throws(fn[, error][, message])"
// A validation function must return true; anything else fails with the value it returned.
var assert = require('assert');
assert.throws(function () { throw new Error('boom'); }, function (err) { return err.message === 'boom'; });
try {
  assert.throws(function () { throw new Error('x'); }, function check() { return 'no'; });
} catch (e) { console.log(JSON.stringify(e.message)); }
// expect: "The \"check\" validation function is expected to return \"true\". Received 'no'\n\nCaught error:\n\nError: x"
