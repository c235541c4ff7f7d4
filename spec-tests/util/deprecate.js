// doc: util.md § "util.deprecate(fn, msg[, code])"
// A deprecated function warns once with its DEP code and keeps working.
var util = require('util');
var old = util.deprecate(function (a, b) { return a + b; }, 'old() is deprecated. Use new() instead.', 'DEP0999');
console.log(old(1, 2), old(3, 4));
// expect: 3 7
// expect-stderr: /\[DEP0999\] DeprecationWarning: old\(\) is deprecated\. Use new\(\) instead\./
