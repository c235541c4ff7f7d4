// doc: ECMA-262 § "Map.prototype [ @@iterator ] ( )"
// Map's @@iterator is entries(); keys() and values() give the halves; iterators report their tag.
var m = new Map([['x', 1], ['y', 2]]);
console.log(Map.prototype[Symbol.iterator] === Map.prototype.entries);
var it = m[Symbol.iterator]();
var step = it.next();
console.log(step.done + ' ' + step.value[0] + ' ' + step.value[1]);
console.log(Array.from(m.keys()).join(',') + ' ' + Array.from(m.values()).join(','));
console.log(Object.prototype.toString.call(it) + ' ' + Object.prototype.toString.call(m));
console.log(it[Symbol.iterator]() === it);
// expect: true
// expect: false x 1
// expect: x,y 1,2
// expect: [object Map Iterator] [object Map]
// expect: true
