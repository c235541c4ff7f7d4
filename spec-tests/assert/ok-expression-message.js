// doc: assert.md § "assert.ok(value[, message])"
// Without a message, the error quotes the failing call from the source file.
var assert = require('assert');
try { assert.ok(typeof 123 === 'string'); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage); }
// expect: "The expression evaluated to a falsy value:\n\n  assert.ok(typeof 123 === 'string')\n" true
