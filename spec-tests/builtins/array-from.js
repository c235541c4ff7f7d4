// doc: ECMA-262 § "Array.from ( items [ , mapfn [ , thisArg ] ] )"
// Array.from copies iterables and array-likes, with an optional map function given (value, index).
console.log(Array.from('abc').join('-'));
console.log(Array.from(new Set([1, 2, 2, 3])).join(','));
console.log(Array.from({ length: 3, 0: 'a', 2: 'c' }).join(','));
console.log(Array.from([1, 2], function (v, i) { return v * 10 + i; }).join(','));
console.log(Array.from({ length: 2 }, function (v, i) { return i; }).join(','));
// expect: a-b-c
// expect: 1,2,3
// expect: a,,c
// expect: 10,21
// expect: 0,1
