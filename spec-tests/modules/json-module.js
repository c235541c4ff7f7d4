// doc: modules.md § "File modules"
// A .json file is parsed as JSON and the result is the module's exports (cached like any module).
var data = require('./fixtures/data.json');
console.log(JSON.stringify(data.list), data === require('./fixtures/data.json'));
// expect: [1,2,3] true
