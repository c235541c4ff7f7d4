// doc: ECMA-262 § "Array.prototype [ @@iterator ] ( )"
// Arrays are iterable: @@iterator is values(), and keys()/entries() give indexes and pairs.
var a = ['x', 'y'];
console.log(Array.prototype[Symbol.iterator] === Array.prototype.values);
var it = a[Symbol.iterator]();
console.log(JSON.stringify(it.next()) + JSON.stringify(it.next()) + JSON.stringify(it.next()));
console.log(Array.from(a.keys()).join(','), JSON.stringify(Array.from(a.entries())));
console.log(Object.prototype.toString.call(it));
// expect: true
// expect: {"value":"x","done":false}{"value":"y","done":false}{"done":true}
// expect: 0,1 [[0,"x"],[1,"y"]]
// expect: [object Array Iterator]
