// doc: modules.md § "All together"
// require('..') loads the parent folder as a directory (its index.js).
console.log(require('./fixtures/updir/sub/child'));
// expect: updir/index.js
