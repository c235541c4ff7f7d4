// doc: util.md § "util.isDeepStrictEqual(val1, val2)"
// isDeepStrictEqual compares structure, types and prototypes.
var util = require('util');
console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }));
console.log(util.isDeepStrictEqual({ a: 1 }, { a: '1' }));
console.log(util.isDeepStrictEqual([1, 2], { 0: 1, 1: 2 }));
console.log(util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0));
console.log(util.isDeepStrictEqual(new Date(5), new Date(5)), util.isDeepStrictEqual(/a/g, /a/i));
// expect: true
// expect: false
// expect: false
// expect: true false
// expect: true false
