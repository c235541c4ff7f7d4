// doc: modules.md § "File modules"
// "If the given path does not exist, require() will throw a MODULE_NOT_FOUND error."
try {
  require('./fixtures/no-such-file');
} catch (err) {
  console.log(err.code);
  console.log(err.message.split('\n')[0]);
}
// expect: MODULE_NOT_FOUND
// expect: Cannot find module './fixtures/no-such-file'
