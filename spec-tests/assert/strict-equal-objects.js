// doc: assert.md § "assert.strictEqual(actual, expected[, message])"
// Two objects with the same structure are not strictly equal; the message says so.
var assert = require('assert');
try { assert.strictEqual({ a: 1 }, { a: 1 }); } catch (e) { console.log(JSON.stringify(e.message)); }
var o = { a: 1 };
try { assert.notStrictEqual(o, o); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.notStrictEqual(1, 1); } catch (e) { console.log(JSON.stringify(e.message)); }
// expect: "Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n"
// expect: "Expected \"actual\" not to be reference-equal to \"expected\":\n\n{\n  a: 1\n}\n"
// expect: "Expected \"actual\" to be strictly unequal to: 1"
