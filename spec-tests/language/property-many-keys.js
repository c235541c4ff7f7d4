// doc: language.md § "property access"
// Reads and writes find the right property however many an object has (a small object's table is
// scanned, a large one's hashed) and however deep the prototype chain is.
var big = {};
for (var j = 0; j < 40; j++) big['k' + j] = j;
console.log(big.k0, big.k23, big.k39, big.k40);
big.k39 = 'w';
delete big.k0;
console.log(big.k39, big.k0, Object.keys(big).length);
var deep = { bottom: 'found' };
for (var i = 0; i < 30; i++) deep = Object.create(deep);
console.log(deep.bottom, deep.missing, deep.hasOwnProperty === Object.prototype.hasOwnProperty);
deep.bottom = 'own';
console.log(deep.bottom, Object.getPrototypeOf(deep).bottom);
// expect: 0 23 39 undefined
// expect: w undefined 39
// expect: found undefined true
// expect: own found
