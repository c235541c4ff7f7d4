// doc: modules.md § "`require.resolve(request[, options])`"
// require.resolve returns the absolute filename without loading the module.
var file = require.resolve('./fixtures/counter');
console.log(file === __dirname + '/fixtures/counter.js', global.counterRuns === undefined);
// expect: true true
