// doc: ECMA-262 § "Set.prototype.forEach ( callbackfn [ , thisArg ] )"
// forEach visits each value once, in order, even when the callback deletes the value it was called with.
var s = new Set([1, 2, 3, 4, 5, 6]);
var seen = [];
s.forEach(function (v) {
  seen.push(v);
  if (v % 2 === 1) s.delete(v);
});
console.log(seen.join(','));
console.log(Array.from(s).join(','));
// expect: 1,2,3,4,5,6
// expect: 2,4,6
