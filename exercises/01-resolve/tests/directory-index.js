// doc: modules.md § "Folders as modules"
// A folder without package.json loads its index.js.
console.log(require('./fixtures/dir-index'));
// expect: dir-index/index.js
