// doc: assert.md § "assert.doesNotReject(asyncFn[, error][, message])"
// doesNotReject resolves for a fulfilled promise and fails with "Got unwanted rejection" otherwise.
var assert = require('assert');
assert.doesNotReject(Promise.resolve(1)).then(function () { console.log('fine'); });
assert.doesNotReject(function () { return Promise.reject(new Error('no')); })
  .catch(function (e) { console.log(JSON.stringify(e.message), e.operator); });
// expect: fine
// expect: "Got unwanted rejection.\nActual message: \"no\"" doesNotReject
