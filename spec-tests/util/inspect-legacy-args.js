// doc: util.md § "util.inspect(object[, showHidden[, depth[, colors]]])"
// The legacy positional form takes showHidden, depth and colors.
var util = require('util');
var deep = { a: { b: { c: {} } } };
console.log(util.inspect(deep, false, 0));
console.log(util.inspect(deep, false, null));
console.log(JSON.stringify(util.inspect(1, false, 2, true)));
// expect: { a: [Object] }
// expect: { a: { b: { c: {} } } }
// expect: "\u001b[33m1\u001b[39m"
