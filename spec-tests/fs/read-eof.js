// doc: fs.md § "fs.read(fd, buffer, offset, length, position, callback)"
// Reading at end of file gives 0 bytes.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-read-eof-' + process.pid);
fs.writeFileSync(p, 'ab');
var fd = fs.openSync(p, 'r');
fs.read(fd, Buffer.alloc(4), 0, 4, 2, function (err, n) { console.log(err, n); fs.closeSync(fd); fs.unlinkSync(p); });
// expect: null 0
