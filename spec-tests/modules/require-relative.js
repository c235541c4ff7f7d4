// doc: modules.md § "File modules"
// A './' id is resolved relative to the directory of the requiring file.
var add = require('./fixtures/add');
console.log(add(2, 3));
// expect: 5
