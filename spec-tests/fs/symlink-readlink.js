// doc: fs.md § "fs.readlink(path[, options], callback)"
// readlink returns what a symlink points at.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-symlink-readlink-' + process.pid);
fs.symlink('/some/target', p, function (err) {
  fs.readlink(p, function (err, target) { console.log(err, target); fs.unlinkSync(p); });
});
// expect: null /some/target
