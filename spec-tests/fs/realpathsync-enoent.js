// doc: fs.md § "fs.realpathSync(path[, options])"
// A missing component is reported by lstat of that component.
var fs = require('fs');
var path = require('path');
var os = require('os');
try { fs.realpathSync('/nonexistent-minode/x/y'); } catch (e) { console.log(e.message); }
// expect: ENOENT: no such file or directory, lstat '/nonexistent-minode'
