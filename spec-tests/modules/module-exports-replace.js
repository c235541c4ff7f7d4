// doc: modules.md § "`module.exports`"
// Assigning module.exports replaces what require() returns.
var add = require('./fixtures/add');
console.log(typeof add, add.name);
// expect: function add
