// doc: assert.md § "assert.strictEqual(actual, expected[, message])"
// Comparisons need both actual and expected; missing ones throw ERR_MISSING_ARGS.
var assert = require('assert');
try { assert.strictEqual(1); } catch (e) { console.log(e.name, e.code, e.message); }
// expect: TypeError ERR_MISSING_ARGS The "actual" and "expected" arguments must be specified
