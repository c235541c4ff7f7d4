// doc: ECMA-262 § "Map.prototype.set ( key, value )"
// -0 and +0 are the same key, and a key set as -0 is stored (and iterated) as +0.
var m = new Map();
m.set(-0, 'minus');
m.set(0, 'plus');
console.log(m.size, m.get(-0), m.get(0));
m.forEach(function (v, k) { console.log('key is +0: ' + (1 / k === Infinity)); });
console.log('first key is +0: ' + (1 / m.keys().next().value === Infinity));
// expect: 1 plus plus
// expect: key is +0: true
// expect: first key is +0: true
