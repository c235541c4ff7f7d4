// doc: assert.md § "assert.doesNotThrow(fn[, error][, message])"
// doesNotThrow reports an unwanted exception; an error of another class is rethrown as is.
var assert = require('assert');
assert.doesNotThrow(function () {});
try { assert.doesNotThrow(function () { throw new TypeError('Wrong value'); }, TypeError, 'Whoops'); } catch (e) { console.log(JSON.stringify(e.message), e.operator); }
try { assert.doesNotThrow(function () { throw new TypeError('t'); }, SyntaxError); } catch (e) { console.log(e.name, e.message); }
// expect: "Got unwanted exception: Whoops\nActual message: \"Wrong value\"" doesNotThrow
// expect: TypeError t
