// doc: fs.md § "fs.mkdirSync(path[, options])"
// Without recursive, a missing parent is ENOENT.
var fs = require('fs');
var path = require('path');
var os = require('os');
try { fs.mkdirSync('/nonexistent-minode/a'); } catch (e) { console.log(e.message); }
// expect: ENOENT: no such file or directory, mkdir '/nonexistent-minode/a'
