// doc: ECMA-262 § "Map.prototype.forEach ( callbackfn [ , thisArg ] )"
// A Map iterates in insertion order; setting an existing key keeps its position.
var m = new Map();
m.set('b', 1).set('a', 2).set(3, 3).set('b', 4);
var out = [];
m.forEach(function (value, key, map) { out.push(key + '=' + value + (map === m ? '' : '!')); });
console.log(out.join(' '));
console.log(m.size);
// expect: b=4 a=2 3=3
// expect: 3
