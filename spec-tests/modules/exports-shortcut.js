// doc: modules.md § "`exports` shortcut"
// Properties added to `exports` appear on module.exports, since both start as the same object.
var m = require('./fixtures/exports-shorthand');
console.log(m.a, m.b, exports === module.exports);
// expect: 1 two true
