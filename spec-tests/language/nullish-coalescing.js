// doc: language.md § "nullish coalescing"
// ?? falls back only for null and undefined, and evaluates its right side lazily.
const zero = 0, empty = '', nil = null;
console.log(zero ?? 'x', empty ?? 'x', nil ?? 'x', undefined ?? 'y');
let evaluated = false;
const v = 'set' ?? (evaluated = true);
console.log(v, evaluated);
// expect: 0  x y
// expect: set false
