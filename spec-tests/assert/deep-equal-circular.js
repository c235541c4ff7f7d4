// doc: assert.md § "Comparison details"
// Circular references are handled: two structures with the same cycles are deep-equal.
var assert = require('assert');
var a = { name: 'x' }; a.self = a;
var b = { name: 'x' }; b.self = b;
assert.deepStrictEqual(a, b);
var c = { name: 'y' }; c.self = c;
assert.notDeepStrictEqual(a, c);
console.log('ok');
// expect: ok
