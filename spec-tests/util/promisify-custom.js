// doc: util.md § "Custom promisified functions"
// promisify returns fn[util.promisify.custom] when it is defined.
var util = require('util');
function legacy() {}
function modern() { return Promise.resolve('custom'); }
legacy[util.promisify.custom] = modern;
console.log(util.promisify(legacy) === modern);
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
try {
  util.promisify(42);
} catch (err) {
  console.log(err.code, err.message);
}
// expect: true
// expect: true
// expect: ERR_INVALID_ARG_TYPE The "original" argument must be of type function. Received type number (42)
