// doc: fs.md § "fs.stat(path[, options], callback)"
// stat of a missing path fails with ENOENT naming stat.
var fs = require('fs');
var path = require('path');
var os = require('os');
fs.stat('/nonexistent-minode', function (err) { console.log(err.message); });
// expect: ENOENT: no such file or directory, stat '/nonexistent-minode'
