// doc: language.md § "arrow functions"
// An arrow function's this and arguments are those of the enclosing function.
function Counter() {
  this.count = 0;
  const add = () => { this.count += arguments[0]; };
  add(); add();
}
console.log(new Counter(5).count);
// expect: 10
