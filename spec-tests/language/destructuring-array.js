// doc: language.md § "destructuring"
// Array patterns support holes, defaults, rest, swapping and any iterable.
const [first, , third = 'dflt', ...others] = [1, 2, undefined, 4, 5];
console.log(first, third, others.join(','));
let x = 1, y = 2;
[x, y] = [y, x];
console.log(x, y);
const [s1, s2] = new Set(['p', 'q']);
const [c1, c2] = 'hi';
console.log(s1, s2, c1, c2);
// expect: 1 dflt 4,5
// expect: 2 1
// expect: p q h i
