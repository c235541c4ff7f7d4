// doc: language.md § "let and const"
// Assigning to a const binding is refused before the script runs.
// minode-differs: Bublé checks const assignments statically, so minode reports a SyntaxError at load time; node throws a TypeError only when the assignment executes.
const c = 1;
console.log('never printed');
if (c === 2) {
  c = 2;
}
// expect-exit: 1
// expect-stderr: /SyntaxError: c is read-only/
