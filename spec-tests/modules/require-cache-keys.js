// doc: modules.md § "`require.cache`"
// require.cache is keyed by resolved filename and holds the Module, whose exports is what require returned.
var add = require('./fixtures/add');
var entry = require.cache[__dirname + '/fixtures/add.js'];
console.log(entry.exports === add, entry.id === __dirname + '/fixtures/add.js');
console.log(require.cache[__filename] === module);
// expect: true true
// expect: true
