// doc: fs.md § "fs.access(path[, mode], callback)"
// access of a missing file gives ENOENT from access.
var fs = require('fs');
var path = require('path');
var os = require('os');
fs.access('/nonexistent-minode', function (err) { console.log(err.code, err.syscall); });
// expect: ENOENT access
