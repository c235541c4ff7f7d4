// doc: assert.md § "assert.ifError(value)"
// ifError passes for null/undefined and throws for anything else, naming the unwanted error.
var assert = require('assert');
assert.ifError(null); assert.ifError(undefined);
try { assert.ifError(new Error('boom')); } catch (e) { console.log(e.message, e.operator, e.actual.message); }
try { assert.ifError('str'); } catch (e) { console.log(e.message); }
// expect: ifError got unwanted exception: boom ifError boom
// expect: ifError got unwanted exception: 'str'
