// doc: fs.md § "fs.renameSync(oldPath, newPath)"
// A failed rename names both paths: the error has path and dest.
var fs = require('fs');
var path = require('path');
var os = require('os');
try { fs.renameSync('/nonexistent-minode/a', '/nonexistent-minode/b'); } catch (e) {
  console.log(e.message); console.log(e.path, e.dest);
}
// expect: ENOENT: no such file or directory, rename '/nonexistent-minode/a' -> '/nonexistent-minode/b'
// expect: /nonexistent-minode/a /nonexistent-minode/b
