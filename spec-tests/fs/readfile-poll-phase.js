// doc: fs.md § "fs.readFile(path[, options], callback)"
// A file read's callback runs in the poll phase, so inside it setImmediate fires before setTimeout(0).
var fs = require('fs');
var path = require('path');
var os = require('os');
fs.readFile(__filename, function () {
  setTimeout(function () { console.log('timeout'); }, 0);
  setImmediate(function () { console.log('immediate'); });
});
// expect: immediate
// expect: timeout
