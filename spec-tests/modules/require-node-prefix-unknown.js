// doc: modules.md § "Built-in modules"
// A `node:` id that names no built-in throws ERR_UNKNOWN_BUILTIN_MODULE, bypassing the file lookup.
try {
  require('node:no-such-builtin');
  console.log('no error');
} catch (e) {
  console.log(e.code);
  console.log(e.message.indexOf('node:no-such-builtin') >= 0);
}
// expect: ERR_UNKNOWN_BUILTIN_MODULE
// expect: true
