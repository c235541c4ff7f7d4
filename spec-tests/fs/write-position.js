// doc: fs.md § "fs.write(fd, buffer, offset[, length[, position]], callback)"
// A position writes there without moving the file position.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-write-position-' + process.pid);
fs.writeFileSync(p, 'aaaa');
var fd = fs.openSync(p, 'r+');
fs.write(fd, Buffer.from('b'), 0, 1, 2, function () {
  fs.closeSync(fd); console.log(fs.readFileSync(p, 'utf8')); fs.unlinkSync(p);
});
// expect: aaba
