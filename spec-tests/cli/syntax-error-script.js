// doc: errors.md § "Class: `SyntaxError`"
// A syntax error in a required file exits with status 1, reporting SyntaxError and the file.
require('./fixtures/bad-syntax');
// expect-exit: 1
// expect-stderr: /SyntaxError/
// expect-stderr: /bad-syntax\.js/
