// doc: fs.md § "fs.rmSync(path[, options])"
// rm of a directory without recursive throws ERR_FS_EISDIR.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-rm-dir-not-recursive-' + process.pid);
fs.mkdirSync(p);
try { fs.rmSync(p); } catch (e) { console.log(e.code, e.message === 'Path is a directory: rm returned EISDIR (is a directory) ' + p); }
fs.rmdirSync(p);
// expect: ERR_FS_EISDIR true
