// doc: ECMA-262 § "Promise ( executor )"
// The executor runs synchronously, inside the constructor call.
console.log('before');
new Promise(function (resolve) {
  console.log('executor');
  resolve();
});
console.log('after');
// expect: before
// expect: executor
// expect: after
