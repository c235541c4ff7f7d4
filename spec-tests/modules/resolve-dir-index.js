// doc: modules.md § "Folders as modules"
// A directory without package.json loads its index.js.
console.log(require('./fixtures/idx'));
// expect: idx index
