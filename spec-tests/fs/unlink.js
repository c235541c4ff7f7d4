// doc: fs.md § "fs.unlink(path, callback)"
// unlink removes a file; a missing one is ENOENT from unlink.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-unlink-' + process.pid);
fs.writeFileSync(p, '');
fs.unlink(p, function (err) {
  console.log(err, fs.existsSync(p));
  fs.unlink(p, function (err) { console.log(err.code, err.syscall); });
});
// expect: null false
// expect: ENOENT unlink
