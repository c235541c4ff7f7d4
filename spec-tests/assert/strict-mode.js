// doc: assert.md § "Strict assertion mode"
// In strict mode equal/deepEqual/notEqual/notDeepEqual are the strict comparisons.
var strict = require('assert/strict');
var assert = require('assert');
console.log(strict === assert.strict, strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual, strict.strict === strict);
try { strict.equal(1, '1'); } catch (e) { console.log(JSON.stringify(e.message)); }
try { strict(false, 'nope'); } catch (e) { console.log(e.message); }
// expect: true true true true
// expect: "Expected values to be strictly equal:\n\n1 !== '1'\n"
// expect: nope
