// doc: language.md § "optional catch binding"
// catch without a binding catches the exception.
try {
  JSON.parse('{');
} catch {
  console.log('invalid json');
}
// expect: invalid json
