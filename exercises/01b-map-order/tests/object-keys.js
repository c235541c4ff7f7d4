// doc: ECMA-262 § "Map.prototype.get ( key )"
// Object keys are compared by identity: two equal-looking objects are two keys; frozen objects and functions work as keys.
var a = {}, b = {}, f = function () {}, frozen = Object.freeze({ k: 1 });
var m = new Map([[a, 'a'], [b, 'b'], [f, 'f'], [frozen, 'frozen']]);
console.log(m.get(a), m.get(b), m.get(f), m.get(frozen), m.get({}), m.size);
console.log(JSON.stringify(Object.keys(a)), JSON.stringify(a));
m.delete(a);
console.log(m.has(a), m.has(b), Array.from(m.values()).join(' '));
// expect: a b f frozen undefined 4
// expect: [] {}
// expect: false true b f frozen
