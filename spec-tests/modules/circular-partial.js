// doc: modules.md § "Cycles"
// In a require cycle the inner require returns the unfinished exports of the module still loading.
var a = require('./fixtures/circ-a');
console.log(a.bSawA);
console.log(a.before, a.after);
// expect: before
// expect: a-before a-after
