// doc: ECMA-262 § "Map.prototype.set ( key, value )"
// A Map keeps its keys in insertion order, and setting an existing key changes its value but not its place.
var m = new Map();
m.set('b', 1).set('a', 2).set(10, 3).set(2, 4).set('b', 5);
console.log(Array.from(m.keys()).join(' '));
console.log(Array.from(m.values()).join(' '));
console.log(m.size);
// expect: b a 10 2
// expect: 5 2 3 4
// expect: 4
