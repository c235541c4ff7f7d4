// doc: util.md § "util.format(format[, ...args])"
// %d, %i and %f give NaN for symbols and follow Number, parseInt and parseFloat.
var util = require('util');
console.log(util.format('%d %i %f', Symbol('s'), Symbol('t'), Symbol('u')));
console.log(util.format('%d %i %f', '12px', '12px', '12.5px'));
console.log(util.format('%d', {}));
// expect: NaN NaN NaN
// expect: NaN 12 12.5
// expect: NaN
