// doc: ECMA-262 § "Array.of ( ...items )"
// Array.of makes an array of its arguments, even a single number.
console.log(Array.of(7).length, Array.of(1, 2, 3).join(','), Array.of().length);
// expect: 1 1,2,3 0
