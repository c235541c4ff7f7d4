// doc: modules.md § "Folders as modules"
// A folder's package.json "main" names the file to load, before index.js.
console.log(require('./fixtures/pkg-main'));
// expect: pkg-main/lib/entry.js
