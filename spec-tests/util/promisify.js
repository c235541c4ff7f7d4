// doc: util.md § "util.promisify(original)"
// promisify turns an error-first callback function into one returning a promise.
var util = require('util');
function later(value, fail, cb) {
  setTimeout(function () { if (fail) cb(new Error('failed ' + value)); else cb(null, value * 2); }, 1);
}
var p = util.promisify(later);
p(21, false).then(function (v) { console.log('value', v); });
p(1, true).then(null, function (err) { console.log('error', err.message); });
// expect: value 42
// expect: error failed 1
