// doc: util.md § "util.format(format[, ...args])"
// Arguments beyond the specifiers are appended, separated by spaces; missing ones leave the specifier as is.
var util = require('util');
console.log(util.format('%s:', 'a', 'b', { c: 1 }, 2));
console.log(util.format('%s and %s', 'one'));
console.log(util.format('%d', '0x10', 'left'));
// expect: a: b { c: 1 } 2
// expect: one and %s
// expect: 16 left
