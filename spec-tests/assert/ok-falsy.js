// doc: assert.md § "assert.ok(value[, message])"
// A falsy value throws an AssertionError with code ERR_ASSERTION, operator '==' and expected true.
var assert = require('assert');
assert.ok(1); assert(true, 'unused');
try { assert.ok(0, 'zero is falsy'); } catch (e) {
  console.log(e.name, e.code, e.message, e.actual, e.expected, e.operator, e.generatedMessage);
}
try { assert.ok(); } catch (e) { console.log(e.message); }
// expect: AssertionError ERR_ASSERTION zero is falsy 0 true == false
// expect: No value argument passed to `assert.ok()`
