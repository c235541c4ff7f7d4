// doc: ECMA-262 § "Promise.any ( iterable )"
// any fulfills with the first fulfillment, ignoring earlier rejections.
Promise.any([Promise.reject(new Error('a')), new Promise(function (r) { setTimeout(function () { r('b'); }, 5); })])
  .then(function (v) { console.log(v); });
// expect: b
