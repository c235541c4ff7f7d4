// doc: fs.md § "fs.readFileSync(path[, options])"
// readFileSync throws the system error synchronously.
var fs = require('fs');
var path = require('path');
var os = require('os');
try { fs.readFileSync('/nonexistent-minode'); } catch (e) { console.log(e.code, e.syscall, e.errno); }
// expect: ENOENT open -2
