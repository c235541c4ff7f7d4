// doc: ECMA-262 § "Promise.all ( iterable )"
// Promise.all rejects with the first rejection reason.
var never = new Promise(function () {});
Promise.all([never, Promise.reject(new Error('first')), Promise.reject(new Error('second'))])
  .then(function () { console.log('fulfilled'); }, function (e) { console.log(e.message); });
// expect: first
