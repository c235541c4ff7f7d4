// doc: ECMA-262 § "%TypedArray%.prototype [ @@iterator ] ( )"
// Typed arrays are iterable, and %TypedArray%.from/of build them.
var t = new Int8Array([1, -2]);
console.log(Array.from(t).join(','), Array.from(t.entries()).join(';'));
console.log(Uint8Array.from([1, 2, 300]).join(','), Uint16Array.of(5, 6).join(','));
// expect: 1,-2 0,1;1,-2
// expect: 1,2,44 5,6
