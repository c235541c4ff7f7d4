// doc: fs.md § "Promises API"
// A failing promise call rejects with the same system error.
var fs = require('fs');
var path = require('path');
var os = require('os');
fs.promises.stat('/nonexistent-minode').catch(function (e) { console.log(e.code, e.syscall); });
// expect: ENOENT stat
