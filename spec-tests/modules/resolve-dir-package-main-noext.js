// doc: modules.md § "Folders as modules"
// A package.json "main" without an extension is resolved like a file id ('.js' appended).
console.log(require('./fixtures/pkg-noext'));
// expect: noext main
