// doc: modules.md § "All together"
// LOAD_INDEX tries index.json when the folder has no index.js.
console.log(require('./fixtures/dir-index-json').from);
// expect: dir-index-json/index.json
