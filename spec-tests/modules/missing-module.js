// doc: modules.md § "`require(id)`"
// Requiring a module that cannot be found throws Error "Cannot find module 'x'" with code MODULE_NOT_FOUND.
try {
  require('no-such-module-anywhere');
  console.log('loaded');
} catch (e) {
  console.log(e instanceof Error, e.code);
  console.log(e.message.split('\n')[0]);
}
// expect: true MODULE_NOT_FOUND
// expect: Cannot find module 'no-such-module-anywhere'
