// doc: ECMA-262 § "Map.prototype.get ( key )"
// Object keys are compared by identity, including frozen objects and objects inheriting from a key.
var a = {};
var b = {};
var frozen = Object.freeze({});
var child = Object.create(a);
var m = new Map([[a, 'a'], [b, 'b'], [frozen, 'frozen']]);
console.log(m.get(a), m.get(b), m.get(frozen), m.get(child), m.get({}));
m.set(child, 'child');
console.log(m.get(child), m.get(a), m.size);
console.log(Object.keys(a).length, JSON.stringify(a));
// expect: a b frozen undefined undefined
// expect: child a 4
// expect: 0 {}
