// doc: ECMA-262 § "Map.prototype [ @@toStringTag ]"
// Map, Set, WeakMap and WeakSet report their names through Object.prototype.toString.
var t = Object.prototype.toString;
console.log(t.call(new Map()), t.call(new Set()), t.call(new WeakMap()), t.call(new WeakSet()));
// expect: [object Map] [object Set] [object WeakMap] [object WeakSet]
