// doc: errors.md § "`error.code`"
// An uncaught error's own properties, such as code, are printed after its stack.
var e = new Error('with code');
e.code = 'E_SPEC';
throw e;
// expect-exit: 1
// expect-stderr: /Error: with code/
// expect-stderr: /code: 'E_SPEC'/
