// doc: ECMA-262 § "Set.prototype.add ( value )"
// A Set compares values with SameValueZero: NaN is added once, and 0 and -0 are one value.
var s = new Set([NaN, 0, NaN, -0, 'NaN']);
console.log(s.size, s.has(NaN), s.has(-0), s.has('NaN'));
// expect: 3 true true true
