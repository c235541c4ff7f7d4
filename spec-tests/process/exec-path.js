// doc: process.md § "`process.execPath`"
// process.execPath is the absolute path of the executable that started the process.
var path = require('path');
console.log(path.isAbsolute(process.execPath), process.execPath === path.resolve(process.execPath));
// expect: true true
