// doc: assert.md § "assert.deepEqual(actual, expected[, message])"
// Legacy deepEqual uses == for primitives and ignores prototypes.
var assert = require('assert');
assert.deepEqual({ a: 1 }, { a: '1' });
assert.deepEqual(Object.create(null), {});
assert.notDeepEqual({ a: 1 }, { a: 2 });
try { assert.deepEqual({ a: 1 }, { a: 2 }); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.notDeepEqual([1], ['1']); } catch (e) { console.log(JSON.stringify(e.message)); }
// expect: "Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\nshould loosely deep-equal\n\n{\n  a: 2\n}"
// expect: "Expected values not to be loosely deep-equal:\n\n[\n  1\n]\n\nshould not loosely deep-equal\n\n[\n  '1'\n]"
