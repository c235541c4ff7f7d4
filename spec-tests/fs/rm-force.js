// doc: fs.md § "fs.rm(path[, options], callback)"
// With force, a missing path is not an error; without it, it is ENOENT from lstat.
var fs = require('fs');
var path = require('path');
var os = require('os');
fs.rm('/nonexistent-minode', { force: true }, function (err) {
  console.log(err);
  fs.rm('/nonexistent-minode', function (err) { console.log(err.code, err.syscall); });
});
// expect: null
// expect: ENOENT lstat
