// doc: ECMA-262 § "Set.prototype.forEach ( callbackfn [ , thisArg ] )"
// forEach visits each value once even when the callback deletes the current value and the one before it.
var s = new Set([1, 2, 3, 4, 5, 6]);
var seen = [];
s.forEach(function (v) {
  seen.push(v);
  if (v % 2 === 0) { s.delete(v); s.delete(v - 1); }
});
console.log(seen.join(','));
console.log(s.size);
// expect: 1,2,3,4,5,6
// expect: 0
