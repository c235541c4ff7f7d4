// doc: modules.md § "All together"
// When both X.js and the directory X exist, the file X.js is loaded.
console.log(require('./fixtures/thing'));
// expect: thing.js
