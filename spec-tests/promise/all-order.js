// doc: ECMA-262 § "Promise.all ( iterable )"
// Promise.all fulfills with the values in input order, whatever order they settle in.
var slow = new Promise(function (resolve) { setTimeout(function () { resolve('slow'); }, 20); });
var fast = new Promise(function (resolve) { setTimeout(function () { resolve('fast'); }, 1); });
Promise.all([slow, fast, 'plain']).then(function (values) { console.log(values.join(',')); });
// expect: slow,fast,plain
