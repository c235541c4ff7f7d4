// doc: fs.md § "fs.createWriteStream(path[, options])"
// Opening a bad path emits 'error' with the system error.
var fs = require('fs');
var path = require('path');
var os = require('os');
var ws = fs.createWriteStream('/nonexistent-minode/x');
ws.on('error', function (e) { console.log(e.code, e.syscall); });
// expect: ENOENT open
