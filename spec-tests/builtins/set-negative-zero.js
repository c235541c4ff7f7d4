// doc: ECMA-262 § "Set.prototype.add"
// A Set stores -0 as +0, so the value read back is +0.
var s = new Set([-0]);
var v = s.values().next().value;
console.log(Object.is(v, 0), Object.is(v, -0), s.has(0), s.has(-0));
// expect: true false true true
