// doc: ECMA-262 § "Map.prototype.forEach ( callbackfn [ , thisArg ] )"
// During iteration, an entry deleted before it is reached is skipped, and an entry added is visited.
var m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
var seen = [];
m.forEach(function (v, k) {
  seen.push(k + v);
  if (k === 1) { m.delete(2); m.set(4, 'd'); }
});
console.log(seen.join(' '));
// expect: 1a 3c 4d
