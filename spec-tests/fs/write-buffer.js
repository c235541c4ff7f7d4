// doc: fs.md § "fs.write(fd, buffer, offset[, length[, position]], callback)"
// write writes part of a buffer and reports the bytes written.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-write-buffer-' + process.pid);
var fd = fs.openSync(p, 'w');
var buf = Buffer.from('0123456789');
fs.write(fd, buf, 2, 4, function (err, n, b) {
  console.log(err, n, b === buf);
  fs.closeSync(fd);
  console.log(fs.readFileSync(p, 'utf8')); fs.unlinkSync(p);
});
// expect: null 4 true
// expect: 2345
