// doc: modules.md § "`module.loaded`"
// module.loaded is false while the module body runs and true once require() returns.
var m = require('./fixtures/loaded');
console.log(m.loadedDuringBody, m.self.loaded, module.loaded);
// expect: false true false
