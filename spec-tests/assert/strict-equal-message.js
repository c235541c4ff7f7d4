// doc: assert.md § "assert.strictEqual(actual, expected[, message])"
// strictEqual uses Object.is; short values are shown as "a !== b", longer ones as a +/- diff.
var assert = require('assert');
assert.strictEqual(NaN, NaN);
try { assert.strictEqual(1, 2); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.strictEqual('hello world foo', 'hello world bar'); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.strictEqual(0, -0); } catch (e) { console.log(JSON.stringify(e.message)); }
// expect: "Expected values to be strictly equal:\n\n1 !== 2\n"
// expect: "Expected values to be strictly equal:\n+ actual - expected\n\n+ 'hello world foo'\n- 'hello world bar'\n               ^"
// expect: "Expected values to be strictly equal:\n+ actual - expected\n\n+ 0\n- -0"
