// doc: ECMA-262 § "Promise.prototype.then ( onFulfilled, onRejected )"
// then() returns a new promise resolved with the handler's return value, or rejected with what it throws.
Promise.resolve(1)
  .then(function (v) { return v + 1; })
  .then(function (v) { throw new Error('at ' + v); })
  .then(function () { console.log('skipped'); })
  .catch(function (e) { console.log(e.message); return 'recovered'; })
  .then(function (v) { console.log(v); });
// expect: at 2
// expect: recovered
