// doc: fs.md § "fs.read(fd, buffer, offset, length, position, callback)"
// read fills the buffer at offset and reports the bytes read.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-read-buffer-' + process.pid);
fs.writeFileSync(p, 'abcdef');
var fd = fs.openSync(p, 'r');
var buf = Buffer.alloc(6, '.');
fs.read(fd, buf, 2, 3, 1, function (err, n, b) {
  console.log(err, n, b === buf, buf.toString());
  fs.closeSync(fd); fs.unlinkSync(p);
});
// expect: null 3 true ..bcd.
