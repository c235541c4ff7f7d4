// doc: fs.md § "fs.readFile(path[, options], callback)"
// Reading a directory fails with EISDIR from read.
var fs = require('fs');
var path = require('path');
var os = require('os');
fs.readFile(os.tmpdir(), function (err) { console.log(err.code, err.syscall, err.message); });
// expect: EISDIR read EISDIR: illegal operation on a directory, read
