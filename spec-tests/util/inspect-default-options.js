// doc: util.md § "util.inspect.defaultOptions"
// Changing util.inspect.defaultOptions changes later inspect and console.log output.
var util = require('util');
var nested = { a: { b: { c: { d: 1 } } } };
console.log(util.inspect.defaultOptions.depth);
util.inspect.defaultOptions.depth = 0;
console.log(nested);
util.inspect.defaultOptions.depth = 2;
console.log(nested);
try {
  util.inspect.defaultOptions = null;
} catch (err) {
  console.log(err.code);
}
// expect: 2
// expect: { a: [Object] }
// expect: { a: { b: { c: [Object] } } }
// expect: ERR_INVALID_ARG_TYPE
