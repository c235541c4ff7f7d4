// doc: language.md § "let and const"
// A for loop with let gives each iteration a fresh binding, captured by closures.
const fns = [];
for (let i = 0; i < 3; i++) {
  fns.push(() => i);
}
console.log(fns.map((f) => f()).join(','));
// expect: 0,1,2
