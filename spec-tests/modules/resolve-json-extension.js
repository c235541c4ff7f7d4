// doc: modules.md § "File modules"
// An id without an extension finds a '.json' file when there is no '.js' file.
var data = require('./fixtures/data');
console.log(data.name, data.list.length, data.nested.ok);
// expect: data 3 true
