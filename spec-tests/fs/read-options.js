// doc: fs.md § "fs.read(fd[, options], callback)"
// read(fd, options, cb) reads into options.buffer.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-read-options-' + process.pid);
fs.writeFileSync(p, 'xyz');
var fd = fs.openSync(p, 'r');
fs.read(fd, { buffer: Buffer.alloc(3), position: 0 }, function (err, n, b) {
  console.log(n, b.toString()); fs.closeSync(fd); fs.unlinkSync(p);
});
// expect: 3 xyz
