// doc: modules.md § "All together"
// A file matching the id exactly is loaded before the id with '.js' appended.
console.log(require('./fixtures/order'));
// expect: exact file
