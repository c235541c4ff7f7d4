// doc: modules.md § "All together"
// LOAD_AS_FILE comes before LOAD_AS_DIRECTORY: thing.js wins over thing/index.js.
console.log(require('./fixtures/thing'));
// expect: thing.js
