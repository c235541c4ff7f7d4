// doc: ECMA-262 § "PerformPromiseThen ( promise, onFulfilled, onRejected [ , resultCapability ] )"
// Handlers that are not functions are ignored: the value or reason passes through unchanged.
Promise.resolve('v').then(null, 42).then(undefined).then(function (v) { console.log('value ' + v); });
Promise.reject('r').then(5).then(function () {}, 'x').catch(function (r) { console.log('reason ' + r); });
// expect: value v
// expect: reason r
