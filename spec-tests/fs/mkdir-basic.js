// doc: fs.md § "fs.mkdir(path[, options], callback)"
// mkdir creates a directory; a second mkdir fails with EEXIST.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-mkdir-basic-' + process.pid);
fs.mkdir(p, function (err) {
  console.log(err, fs.statSync(p).isDirectory());
  fs.mkdir(p, function (err) { console.log(err.code, err.syscall); fs.rmdirSync(p); });
});
// expect: null true
// expect: EEXIST mkdir
