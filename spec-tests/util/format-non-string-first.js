// doc: util.md § "util.format(format[, ...args])"
// When the first argument is not a string, every argument is inspected and joined with spaces.
var util = require('util');
console.log(util.format(1, 2, '3'));
console.log(util.format({ a: 1 }, [2], 'x%s'));
console.log(util.format(null, undefined));
// expect: 1 2 3
// expect: { a: 1 } [ 2 ] x%s
// expect: null undefined
