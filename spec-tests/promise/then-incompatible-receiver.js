// doc: ECMA-262 § "Promise.prototype.then ( onFulfilled, onRejected )"
// then() called on something that is not a promise throws a TypeError.
try {
  Promise.prototype.then.call({}, function () {});
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
// expect: TypeError: Method Promise.prototype.then called on incompatible receiver #<Object>
