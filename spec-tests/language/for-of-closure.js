// doc: language.md § "for...of"
// Each for...of iteration has a fresh binding for closures.
const fns = [];
for (const v of ['a', 'b', 'c']) fns.push(() => v);
console.log(fns.map((f) => f()).join(''));
// expect: abc
