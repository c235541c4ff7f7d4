// doc: assert.md § "assert.deepStrictEqual(actual, expected[, message])"
// A failed deepStrictEqual shows a line diff: '+' lines from actual, '-' lines from expected.
var assert = require('assert');
try { assert.deepStrictEqual({ a: 1, b: 2, c: 3 }, { a: 1, b: 3, c: 3 }); } catch (e) { console.log(e.message); }
// expect: Expected values to be strictly deep-equal:
// expect: + actual - expected
// expect: 
// expect:   {
// expect:     a: 1,
// expect: +   b: 2,
// expect: -   b: 3,
// expect:     c: 3
// expect:   }
