// doc: modules.md § "`__dirname`"
// __dirname is the directory of the current module file.
var where = require('./fixtures/where');
console.log(__dirname === require('path').dirname(__filename));
console.log(where.dirname === __dirname + '/fixtures');
// expect: true
// expect: true
