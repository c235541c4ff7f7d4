// doc: fs.md § "fs.existsSync(path)"
// existsSync returns a boolean and never throws, even for bad input.
var fs = require('fs');
var path = require('path');
var os = require('os');
console.log(fs.existsSync(__filename), fs.existsSync('/nonexistent-minode'), fs.existsSync(42));
// expect: true false false
