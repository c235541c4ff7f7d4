// doc: util.md § "util.format(format[, ...args])"
// %j prints '[Circular]' for an object that refers to itself.
var util = require('util');
var o = { name: 'loop' };
o.self = o;
console.log(util.format('%j', o));
// expect: [Circular]
