// doc: ECMA-262 § "WeakMap.prototype.set ( key, value )"
// WeakMap maps object keys to values (frozen keys too) and rejects primitive keys.
var wm = new WeakMap();
var k1 = {};
var k2 = Object.freeze({});
var child = Object.create(k1);
wm.set(k1, 'one').set(k2, 'two');
console.log(wm.get(k1), wm.get(k2), wm.has(child), wm.get({}));
console.log(wm.delete(k1), wm.has(k1), wm.delete(k1));
try { wm.set('str', 1); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Object.keys(k1).length, Object.getOwnPropertyNames(k1).length);
// expect: one two false undefined
// expect: true false false
// expect: TypeError: Invalid value used as weak map key
// expect: 0 0
