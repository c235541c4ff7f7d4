// doc: ECMA-262 § "Promise.all ( iterable )"
// Promise.all of an empty list fulfills with an empty array, still asynchronously.
Promise.all([]).then(function (v) { console.log('length ' + v.length + ' array ' + Array.isArray(v)); });
console.log('sync');
// expect: sync
// expect: length 0 array true
