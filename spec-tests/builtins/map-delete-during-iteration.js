// doc: ECMA-262 § "Map.prototype.forEach ( callbackfn [ , thisArg ] )"
// Entries deleted during iteration are skipped, and entries added during iteration are visited.
var m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
var seen = [];
m.forEach(function (v, k) {
  seen.push(k);
  if (k === 1) { m.delete(2); m.set(4, 'd'); }
});
console.log(seen.join(','));
// expect: 1,3,4
