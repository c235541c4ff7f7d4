// doc: ECMA-262 § "%MapIteratorPrototype%.next ( )"
// An iterator paused on an entry that is then deleted, along with the entries around it, resumes at the next live entry.
var m = new Map([['a', 1], ['b', 2], ['c', 3], ['d', 4]]);
var it = m.values();
console.log(it.next().value, it.next().value);
m.delete('b');
m.delete('c');
m.set('e', 5);
console.log(it.next().value, it.next().value, it.next().done);
// expect: 1 2
// expect: 4 5 true
