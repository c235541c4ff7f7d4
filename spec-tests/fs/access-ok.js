// doc: fs.md § "fs.access(path[, mode], callback)"
// access calls back with no error when the file is there.
var fs = require('fs');
var path = require('path');
var os = require('os');
fs.access(__filename, fs.constants.R_OK, function (err) { console.log(err); });
// expect: null
