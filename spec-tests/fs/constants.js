// doc: fs.md § "FS constants"
// fs.constants holds the platform values for open flags and access modes.
var fs = require('fs');
var path = require('path');
var os = require('os');
var c = fs.constants;
console.log(c.O_RDONLY, c.O_WRONLY, c.O_RDWR, c.F_OK, c.R_OK, c.W_OK, c.X_OK, c.COPYFILE_EXCL, c.S_IFMT, c.S_IFREG);
// expect: 0 1 2 0 4 2 1 1 61440 32768
