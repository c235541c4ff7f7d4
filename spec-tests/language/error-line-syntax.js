// doc: language.md § "Error positions"
// A syntax error in modern source is reported at its line in the original file.
const ok = () => 1;
let fine = `template`;
const broken = { a: 1, b: };
console.log('never printed');
// expect-exit: 1
// expect-stderr: /error-line-syntax\.js:5/
// expect-stderr: /SyntaxError/
