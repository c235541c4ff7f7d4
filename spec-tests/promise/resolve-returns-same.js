// doc: ECMA-262 § "Promise.resolve ( x )"
// Promise.resolve returns its argument unchanged when it already is a Promise.
var p = new Promise(function () {});
console.log(Promise.resolve(p) === p);
console.log(Promise.resolve(1) instanceof Promise);
// expect: true
// expect: true
