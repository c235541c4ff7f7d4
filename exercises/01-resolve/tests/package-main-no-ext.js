// doc: modules.md § "All together"
// "main" is loaded with LOAD_AS_FILE, so its extension may be left out.
console.log(require('./fixtures/pkg-main-no-ext'));
// expect: pkg-main-no-ext/lib/entry.js
