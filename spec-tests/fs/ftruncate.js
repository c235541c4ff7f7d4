// doc: fs.md § "fs.ftruncate(fd[, len], callback)"
// ftruncate can extend a file with zero bytes.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-ftruncate-' + process.pid);
fs.writeFileSync(p, 'ab');
var fd = fs.openSync(p, 'r+');
fs.ftruncate(fd, 4, function (err) {
  fs.closeSync(fd);
  console.log(err, JSON.stringify(Array.prototype.slice.call(fs.readFileSync(p))));
  fs.unlinkSync(p);
});
// expect: null [97,98,0,0]
