// doc: fs.md § "fs.statSync(path[, options])"
// With throwIfNoEntry: false a missing path gives undefined.
var fs = require('fs');
var path = require('path');
var os = require('os');
console.log(fs.statSync('/nonexistent-minode', { throwIfNoEntry: false }));
// expect: undefined
