// doc: assert.md § "Comparison details"
// Map and Set entries are compared without regard to order, values deeply.
var assert = require('assert');
assert.deepStrictEqual(new Set([1, { a: 2 }]), new Set([{ a: 2 }, 1]));
assert.deepStrictEqual(new Map([['k', [1]], ['j', 2]]), new Map([['j', 2], ['k', [1]]]));
assert.notDeepStrictEqual(new Set([1]), new Set(['1']));
try { assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])); } catch (e) { console.log(JSON.stringify(e.message)); }
// expect: "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Map(1) {\n+   1 => 2\n-   1 => 3\n  }"
