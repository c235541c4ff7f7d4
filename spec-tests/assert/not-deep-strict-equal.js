// doc: assert.md § "assert.notDeepStrictEqual(actual, expected[, message])"
// notDeepStrictEqual fails on deep-equal values and prints the actual value.
var assert = require('assert');
try { assert.notDeepStrictEqual({ a: 1 }, { a: 1 }); } catch (e) { console.log(JSON.stringify(e.message), e.operator); }
// expect: "Expected \"actual\" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n" notDeepStrictEqual
