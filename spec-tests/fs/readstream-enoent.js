// doc: fs.md § "fs.createReadStream(path[, options])"
// A missing file emits 'error' with ENOENT, then 'close'.
var fs = require('fs');
var path = require('path');
var os = require('os');
var rs = fs.createReadStream('/nonexistent-minode');
rs.on('error', function (e) { console.log(e.code, e.syscall); });
rs.on('close', function () { console.log('close'); });
// expect: ENOENT open
// expect: close
