// doc: modules.md § "`require.cache`"
// Deleting a key from require.cache makes the next require re-execute the module.
var first = require('./fixtures/counter');
delete require.cache[require.resolve('./fixtures/counter')];
var second = require('./fixtures/counter');
console.log(first.runs, second.runs, first === second);
// expect: 1 2 false
