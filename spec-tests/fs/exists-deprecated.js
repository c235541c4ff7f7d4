// doc: fs.md § "fs.exists(path, callback)"
// exists calls back with a boolean, not an error.
var fs = require('fs');
var path = require('path');
var os = require('os');
fs.exists(__filename, function (a) { fs.exists('/nonexistent-minode', function (b) { console.log(a, b); }); });
// expect: true false
