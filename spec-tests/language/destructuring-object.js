// doc: language.md § "destructuring"
// Object patterns support renaming, defaults, nesting and rest.
const { a, b: renamed, c = 3, d: { e } = { e: 5 }, ...rest } = { a: 1, b: 2, x: 9, y: 8 };
console.log(a, renamed, c, e, JSON.stringify(rest));
// expect: 1 2 3 5 {"x":9,"y":8}
