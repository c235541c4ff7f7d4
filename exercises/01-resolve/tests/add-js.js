// doc: modules.md § "File modules"
// Without its extension, X loads X.js.
console.log(require('./fixtures/plain'));
// expect: plain.js
