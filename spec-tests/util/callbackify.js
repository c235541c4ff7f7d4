// doc: util.md § "util.callbackify(original)"
// callbackify turns a promise-returning function into an error-first callback function; a falsy rejection is wrapped.
var util = require('util');
function ok(x) { return Promise.resolve(x + 1); }
function bad() { return Promise.reject(null); }
util.callbackify(ok)(1, function (err, v) { console.log('ok', err, v); });
util.callbackify(bad)(function (err) { console.log('bad', err.code, err.message, err.reason); });
// expect: ok null 2
// expect: bad ERR_FALSY_VALUE_REJECTION Promise was rejected with falsy value null
