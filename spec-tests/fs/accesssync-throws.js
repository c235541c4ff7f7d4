// doc: fs.md § "fs.accessSync(path[, mode])"
// accessSync throws when the check fails and returns undefined when it passes.
var fs = require('fs');
var path = require('path');
var os = require('os');
console.log(fs.accessSync(__filename));
try { fs.accessSync('/nonexistent-minode'); } catch (e) { console.log(e.code); }
// expect: undefined
// expect: ENOENT
