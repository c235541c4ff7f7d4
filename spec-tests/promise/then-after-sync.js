// doc: ECMA-262 § "Promise.prototype.then ( onFulfilled, onRejected )"
// A then-callback never runs synchronously, even on an already-fulfilled promise.
var p = Promise.resolve('value');
p.then(function (v) { console.log('then ' + v); });
console.log('sync');
// expect: sync
// expect: then value
