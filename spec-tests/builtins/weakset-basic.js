// doc: ECMA-262 § "WeakSet.prototype.add ( value )"
// WeakSet remembers objects and rejects primitives.
var ws = new WeakSet();
var o = {};
var f = function () {};
ws.add(o).add(f);
console.log(ws.has(o), ws.has(f), ws.has({}));
ws.delete(o);
console.log(ws.has(o));
try { ws.add(1); } catch (e) { console.log(e.name + ': ' + e.message); }
// expect: true true false
// expect: false
// expect: TypeError: Invalid value used in weak set
