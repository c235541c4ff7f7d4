// doc: modules.md § "Caching"
// Requiring a module twice returns the same exports object and runs its body once.
var a = require('./fixtures/counter');
var b = require('./fixtures/counter.js');
console.log(a === b, global.counterRuns);
// expect: true 1
