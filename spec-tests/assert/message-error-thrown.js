// doc: assert.md § "assert.deepStrictEqual(actual, expected[, message])"
// A message that is an Error is thrown as is; a string heads strictEqual's diff and replaces other messages.
var assert = require('assert');
try { assert.deepStrictEqual({ a: 1 }, { a: 2 }, new RangeError('custom')); } catch (e) { console.log(e.name, e.message); }
try { assert.strictEqual(1, 2, 'one is not two'); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage); }
try { assert.equal(1, 2, 'loose'); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage); }
// expect: RangeError custom
// expect: "one is not two\n\n1 !== 2\n" false
// expect: "loose" false
