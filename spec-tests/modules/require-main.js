// doc: modules.md § "Accessing the main module"
// require.main is the module of the entry script, so require.main === module only there.
var info = require('./fixtures/is-main');
console.log(require.main === module, info.isMain, info.mainId);
// expect: true false .
