// doc: util.md § "util.inspect.custom"
// An object can print itself through [util.inspect.custom](depth, options, inspect).
var util = require('util');
function Money(cents) { this.cents = cents; }
Money.prototype[util.inspect.custom] = function (depth, options, inspect) {
  return 'Money<' + (this.cents / 100).toFixed(2) + '> depth=' + depth + ' ' + (typeof options.stylize) + ' ' + (inspect === util.inspect);
};
console.log(util.inspect({ price: new Money(1999) }));
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
// expect: { price: Money<19.99> depth=1 function true }
// expect: true
