// doc: ECMA-262 § "Map.prototype.delete ( key )"
// A key deleted and then set again is a new entry: it moves to the end of the order.
var m = new Map([['a', 1], ['b', 2], ['c', 3]]);
m.delete('a');
m.set('a', 4);
console.log(Array.from(m.entries()).join(' '));
console.log(m.has('a'), m.get('a'), m.size);
// expect: b,2 c,3 a,4
// expect: true 4 3
