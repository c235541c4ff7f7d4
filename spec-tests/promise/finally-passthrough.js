// doc: ECMA-262 § "Promise.prototype.finally ( onFinally )"
// finally's callback gets no arguments and the original value or reason passes through it.
Promise.resolve('kept').finally(function () {
  console.log('finally args ' + arguments.length);
  return 'ignored';
}).then(function (v) { console.log('value ' + v); });
// expect: finally args 0
// expect: value kept
