// doc: assert.md § "Class: assert.AssertionError"
// AssertionError is an Error subclass carrying actual, expected, operator and code ERR_ASSERTION.
var assert = require('assert');
var e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e instanceof Error, e.name, e.code, e.actual, e.expected, e.operator, e.generatedMessage);
console.log(String(e).split('\n')[0]);
var m = new assert.AssertionError({ message: 'custom' });
console.log(m.message, m.generatedMessage);
// expect: true AssertionError ERR_ASSERTION 1 2 strictEqual true
// expect: AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:
// expect: custom false
