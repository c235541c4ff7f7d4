// doc: ECMA-262 § "Promise.prototype.finally ( onFinally )"
// The value after finally arrives two jobs later than a plain then would deliver it.
var log = [];
Promise.resolve('f').finally(function () { log.push('finally'); })
  .then(function (v) { log.push('after ' + v); });
Promise.resolve().then(function () { log.push('1'); })
  .then(function () { log.push('2'); })
  .then(function () { log.push('3'); })
  .then(function () { log.push('4'); })
  .then(function () { console.log(log.join(' ')); });
// expect: finally 1 2 3 after f 4
