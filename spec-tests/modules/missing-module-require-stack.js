// doc: modules.md § "`require(id)`"
// The MODULE_NOT_FOUND error's requireStack lists the requiring files, innermost first.
try {
  require('./fixtures/requires-missing');
} catch (e) {
  console.log(e.message.split('\n')[0]);
  console.log(e.requireStack.length);
  console.log(e.requireStack[0] === require.resolve('./fixtures/requires-missing'));
  console.log(e.requireStack[1] === __filename);
}
// expect: Cannot find module './does-not-exist'
// expect: 2
// expect: true
// expect: true
