// doc: util.md § "util.inspect(object[, options])"
// Strings are single-quoted (falling back to double quotes or backticks) and -0 prints as -0.
var util = require('util');
console.log(util.inspect('plain'), util.inspect("it's"), util.inspect('both \'"'));
console.log(util.inspect(-0), util.inspect([0, -0]), util.inspect(NaN));
console.log(util.inspect(Symbol('s')), util.inspect(undefined), util.inspect(null));
// expect: 'plain' "it's" `both '"`
// expect: -0 [ 0, -0 ] NaN
// expect: Symbol(s) undefined null
