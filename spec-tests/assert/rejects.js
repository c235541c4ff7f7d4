// doc: assert.md § "assert.rejects(asyncFn[, error][, message])"
// rejects awaits the promise (or the function's promise) and checks the rejection like throws.
var assert = require('assert');
assert.rejects(Promise.reject(new Error('Wrong value')), /Wrong/)
  .then(function () {
    console.log('matched');
    return assert.rejects(Promise.resolve(1));
  })
  .catch(function (e) {
    console.log(e.message);
    return assert.rejects(function () { return 5; });
  })
  .catch(function (e) { console.log(e.code); });
// expect: matched
// expect: Missing expected rejection.
// expect: ERR_INVALID_RETURN_VALUE
