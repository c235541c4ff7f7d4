// doc: modules.md § "`require.resolve(request[, options])`"
// require.resolve throws MODULE_NOT_FOUND when the module cannot be found.
try {
  require.resolve('./fixtures/nothing-here');
  console.log('resolved');
} catch (e) {
  console.log(e.code);
}
// expect: MODULE_NOT_FOUND
