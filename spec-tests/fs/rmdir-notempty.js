// doc: fs.md § "fs.rmdir(path[, options], callback)"
// rmdir of a non-empty directory fails with ENOTEMPTY.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-rmdir-notempty-' + process.pid);
fs.mkdirSync(p);
fs.writeFileSync(path.join(p, 'f'), '');
fs.rmdir(p, function (err) { console.log(err.code, err.syscall); fs.rmSync(p, { recursive: true }); });
// expect: ENOTEMPTY rmdir
