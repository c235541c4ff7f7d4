// doc: assert.md § "Comparison details"
// deepStrictEqual compares primitives with Object.is, checks prototypes and compares Dates, RegExps and own symbols.
var assert = require('assert');
function check(a, b) { try { assert.deepStrictEqual(a, b); return 'equal'; } catch (e) { return 'unequal'; } }
console.log(check({ a: [1, 2] }, { a: [1, 2] }), check(1, '1'), check(-0, 0), check(NaN, NaN));
console.log(check(Object.create(null), {}), check(new Date(0), new Date(0)), check(/a/g, /a/i));
var s = Symbol('s'); var x = {}; x[s] = 1; var y = {}; y[s] = 2;
console.log(check(x, y), check([1, , 3], [1, undefined, 3]), check(new Number(1), new Number(2)));
// expect: equal unequal unequal equal
// expect: unequal equal unequal
// expect: unequal unequal unequal
