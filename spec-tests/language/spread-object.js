// doc: language.md § "spread"
// Object spread copies own enumerable properties; later keys win.
const base = { a: 1, b: 2 };
const copy = { ...base, b: 3, c: 4 };
console.log(JSON.stringify(copy), copy === base);
// expect: {"a":1,"b":3,"c":4} false
