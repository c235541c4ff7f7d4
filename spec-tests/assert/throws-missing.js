// doc: assert.md § "assert.throws(fn[, error][, message])"
// When fn does not throw, the error says what was expected; a non-function fn is ERR_INVALID_ARG_TYPE.
var assert = require('assert');
try { assert.throws(function () {}); } catch (e) { console.log(e.message, e.operator, e.generatedMessage); }
try { assert.throws(function () {}, TypeError, 'needed'); } catch (e) { console.log(e.message); }
try { assert.throws('x'); } catch (e) { console.log(e.code); }
// expect: Missing expected exception. throws false
// expect: Missing expected exception (TypeError): needed
// expect: ERR_INVALID_ARG_TYPE
