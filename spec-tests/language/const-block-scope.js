// doc: language.md § "let and const"
// const is block-scoped: a const in a block does not clash with an outer one.
const c = 'outer';
if (true) {
  const c = 'inner';
  console.log(c);
}
console.log(c);
// expect: inner
// expect: outer
