// doc: modules.md § "File modules"
// The extensions are tried in order: .js before .json.
console.log(require('./fixtures/both-ext'));
// expect: both-ext.js
