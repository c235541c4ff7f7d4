// doc: assert.md § "assert.throws(fn[, error][, message])"
// A validation object checks each listed property (RegExp values are matched against strings).
var assert = require('assert');
function thrower() { var e = new Error('Wrong value'); e.code = 'E_X'; e.info = { n: 1 }; throw e; }
assert.throws(thrower, { name: 'Error', message: /value/, info: { n: 1 } });
try { assert.throws(thrower, { code: 'E_Y' }); } catch (e) { console.log(JSON.stringify(e.message), e.operator); }
try { assert.throws(thrower, {}); } catch (e) { console.log(e.code); }
// expect: "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   code: 'E_X'\n-   code: 'E_Y'\n  }" throws
// expect: ERR_INVALID_ARG_VALUE
