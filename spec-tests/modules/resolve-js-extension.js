// doc: modules.md § "File modules"
// An id without an extension loads the file with '.js' appended.
var viaBare = require('./fixtures/add');
console.log(viaBare === require('./fixtures/add.js'), require.resolve('./fixtures/add').slice(-7));
// expect: true /add.js
