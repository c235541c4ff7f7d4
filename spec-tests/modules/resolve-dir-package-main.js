// doc: modules.md § "Folders as modules"
// A directory with a package.json loads the file its "main" field names (not index.js).
console.log(require('./fixtures/pkg'));
// expect: pkg main
