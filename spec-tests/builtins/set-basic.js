// doc: ECMA-262 § "Set.prototype.add ( value )"
// A Set keeps one copy of each value, in first-insertion order.
var s = new Set([3, 1, 3, NaN, NaN, 'a']);
s.add(1).add(2);
console.log(s.size);
console.log(Array.from(s).join(','));
console.log(s.has(NaN), s.has('3'), s.delete(3), s.delete(3), s.size);
// expect: 5
// expect: 3,1,NaN,a,2
// expect: true false true false 4
