// doc: ECMA-262 § "Map.prototype.entries ( )"
// Deleting the entry an iterator just returned does not lose its place: every other key is still visited once, in order.
var m = new Map([['a', 1], ['b', 2], ['c', 3], ['d', 4], ['e', 5]]);
var seen = [];
var it = m.keys();
for (var step = it.next(); !step.done; step = it.next()) {
  seen.push(step.value);
  if (step.value === 'b' || step.value === 'd') m.delete(step.value);
}
console.log(seen.join(' '));
console.log(Array.from(m.keys()).join(' '));
// expect: a b c d e
// expect: a c e
