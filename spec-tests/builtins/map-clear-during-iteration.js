// doc: ECMA-262 § "Map.prototype.clear ( )"
// An iterator that outlives clear() continues with entries added after it, and a finished iterator stays done.
var m = new Map([['a', 1], ['b', 2]]);
var it = m.keys();
console.log(it.next().value);
m.clear();
m.set('c', 3);
console.log(it.next().value);
console.log(it.next().done);
m.set('d', 4);
console.log(it.next().done);
// expect: a
// expect: c
// expect: true
// expect: true
