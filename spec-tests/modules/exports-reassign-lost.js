// doc: modules.md § "`exports` shortcut"
// Assigning a new object to `exports` does not change what the module exports.
var m = require('./fixtures/exports-reassign');
console.log(m.lost, m.kept);
// expect: undefined true
