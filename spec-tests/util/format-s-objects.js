// doc: util.md § "util.format(format[, ...args])"
// %s prints objects without a custom toString like util.inspect with depth 0; -0 stays -0.
var util = require('util');
console.log(util.format('%s', { a: { b: 1 } }));
console.log(util.format('%s', [1, [2, [3]]]));
console.log(util.format('%s', { toString: function () { return 'custom'; } }));
console.log(util.format('%s %s', -0, null));
// expect: { a: [Object] }
// expect: [ 1, [Array] ]
// expect: custom
// expect: -0 null
