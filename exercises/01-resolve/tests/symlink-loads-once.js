// doc: modules.md § "Caching"
// A file reached through a symlinked folder is the same module: it runs once.
var a = require('./fixtures/real/counter');
var b = require('./fixtures/link/counter');
console.log(a === b, global.counterLoads);
// expect: true 1
