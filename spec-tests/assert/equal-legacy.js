// doc: assert.md § "assert.equal(actual, expected[, message])"
// equal uses ==, treating NaN as equal to NaN; the message is "<actual> == <expected>".
var assert = require('assert');
assert.equal(1, '1'); assert.equal(NaN, NaN); assert.notEqual(1, 2);
try { assert.equal(1, 2); } catch (e) { console.log(e.message, e.operator); }
try { assert.notEqual('a', 'a'); } catch (e) { console.log(e.message, e.operator); }
// expect: 1 == 2 ==
// expect: 'a' != 'a' !=
