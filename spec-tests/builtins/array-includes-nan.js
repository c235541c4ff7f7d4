// doc: ECMA-262 § "Array.prototype.includes ( searchElement [ , fromIndex ] )"
// includes uses SameValueZero (finds NaN, unlike indexOf) and honours a negative fromIndex.
var a = [1, NaN, 3];
console.log(a.includes(NaN), a.indexOf(NaN), a.includes(1, -2), [0].includes(-0));
// expect: true -1 false true
