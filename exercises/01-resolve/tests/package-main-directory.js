// doc: modules.md § "All together"
// When "main" names a folder, that folder's index.js loads (LOAD_INDEX(M)).
console.log(require('./fixtures/pkg-main-dir'));
// expect: pkg-main-dir/lib/index.js
