// doc: modules.md § "File modules"
// When X.js does not exist, X loads X.json, parsed as JSON.
console.log(require('./fixtures/data').from);
// expect: data.json
