// doc: ECMA-262 § "Set.prototype.entries ( )"
// Set entries are [value, value] pairs; keys is values, which is @@iterator; forEach passes the value twice.
var s = new Set(['p', 'q']);
var e = s.entries().next().value;
console.log(e[0] + e[1]);
console.log(Set.prototype.keys === Set.prototype.values, Set.prototype[Symbol.iterator] === Set.prototype.values);
s.forEach(function (v, k, set) { console.log(v + k + (set === s)); });
// expect: pp
// expect: true true
// expect: pptrue
// expect: qqtrue
