// doc: fs.md § "fs.readdirSync(path[, options])"
// readdir of a file fails with ENOTDIR from scandir.
var fs = require('fs');
var path = require('path');
var os = require('os');
try { fs.readdirSync(__filename); } catch (e) { console.log(e.code, e.syscall); }
// expect: ENOTDIR scandir
