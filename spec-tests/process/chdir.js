// doc: process.md § "`process.chdir(directory)`"
// process.chdir changes the working directory, and relative paths resolve against the new one.
var path = require('path');
process.chdir('..');
console.log(process.cwd() === path.dirname(__dirname), path.resolve('x') === path.dirname(__dirname) + '/x');
// expect: true true
