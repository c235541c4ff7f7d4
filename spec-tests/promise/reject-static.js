// doc: ECMA-262 § "Promise.reject ( r )"
// Promise.reject returns a promise rejected with the reason as given, even if it is a promise.
var inner = Promise.resolve('inner');
Promise.reject(inner).catch(function (r) { console.log(r === inner); });
// expect: true
