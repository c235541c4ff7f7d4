// doc: fs.md § "fs.readFile(path[, options], callback)"
// Files whose size stat reports as 0 (like /proc files) are still read to the end.
var fs = require('fs');
var path = require('path');
var os = require('os');
fs.readFile('/proc/self/status', 'utf8', function (err, data) { console.log(err, /Name:/.test(data)); });
// expect: null true
