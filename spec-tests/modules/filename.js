// doc: modules.md § "`__filename`"
// __filename is the absolute path of the current module file; in a required module, that module's file.
var where = require('./fixtures/where');
console.log(__filename.charAt(0), __filename.slice(-('/modules/filename.js'.length)));
console.log(where.filename === __dirname + '/fixtures/where.js');
// expect: / /modules/filename.js
// expect: true
