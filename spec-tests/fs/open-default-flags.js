// doc: fs.md § "fs.open(path[, flags[, mode]], callback)"
// Flags default to 'r', so opening a missing file fails.
var fs = require('fs');
var path = require('path');
var os = require('os');
fs.open('/nonexistent-minode', function (err) { console.log(err.code, err.syscall); });
// expect: ENOENT open
