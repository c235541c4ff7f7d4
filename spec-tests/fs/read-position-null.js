// doc: fs.md § "fs.read(fd, buffer, offset, length, position, callback)"
// A null position reads from the current position and advances it.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-read-position-null-' + process.pid);
fs.writeFileSync(p, 'abcd');
var fd = fs.openSync(p, 'r');
var b = Buffer.alloc(2);
fs.readSync(fd, b, 0, 2, null);
fs.read(fd, b, 0, 2, null, function (err, n) { console.log(b.toString()); fs.closeSync(fd); fs.unlinkSync(p); });
// expect: cd
