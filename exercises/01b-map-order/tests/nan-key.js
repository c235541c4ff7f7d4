// doc: ECMA-262 § "SameValueZero ( x, y )"
// NaN is a key like any other: set(NaN) then get(NaN) finds it, and setting it again does not add a second entry.
var m = new Map();
m.set(NaN, 'first');
m.set(NaN, 'second');
console.log(m.get(NaN), m.has(NaN), m.size);
console.log(m.delete(NaN), m.size, m.has(NaN));
// expect: second true 1
// expect: true 0 false
