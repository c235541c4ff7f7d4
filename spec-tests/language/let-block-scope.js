// doc: language.md § "let and const"
// let is scoped to its block: the inner binding does not leak out.
let x = 'outer';
{
  let x = 'inner';
  console.log(x);
}
console.log(x);
// expect: inner
// expect: outer
