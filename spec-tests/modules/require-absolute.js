// doc: modules.md § "File modules"
// A '/'-prefixed id is an absolute path to the file.
var add = require(__dirname + '/fixtures/add.js');
console.log(add(40, 2), add === require('./fixtures/add'));
// expect: 42 true
