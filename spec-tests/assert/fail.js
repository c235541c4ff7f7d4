// doc: assert.md § "assert.fail([message])"
// fail throws "Failed" by default, the given message, or the given Error itself.
var assert = require('assert');
try { assert.fail(); } catch (e) { console.log(e.message, e.operator, e.generatedMessage); }
try { assert.fail('boom'); } catch (e) { console.log(e.message, e.generatedMessage); }
try { assert.fail(new TypeError('need array')); } catch (e) { console.log(e.name, e.message); }
// expect: Failed fail true
// expect: boom false
// expect: TypeError need array
