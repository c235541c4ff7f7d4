// doc: modules.md § "Built-in modules"
// Node's internal modules ('internal/...') cannot be required by user code.
try {
  require('internal/errors');
  console.log('loaded');
} catch (e) {
  console.log(e.code);
  console.log(e.message.split('\n')[0]);
}
// expect: MODULE_NOT_FOUND
// expect: Cannot find module 'internal/errors'
