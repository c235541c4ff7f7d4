// doc: ECMA-262 § "Promise.prototype.finally ( onFinally )"
// An exception thrown in finally's callback replaces the original outcome.
Promise.reject(new Error('original')).finally(function () {
  throw new Error('from finally');
}).catch(function (e) { console.log(e.message); });
// expect: from finally
