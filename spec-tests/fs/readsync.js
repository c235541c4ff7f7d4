// doc: fs.md § "fs.readSync(fd, buffer, offset, length[, position])"
// readSync returns the number of bytes read.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-readsync-' + process.pid);
fs.writeFileSync(p, 'hello');
var fd = fs.openSync(p, 'r');
var b = Buffer.alloc(10);
console.log(fs.readSync(fd, b, 0, 10, 0), b.toString('utf8', 0, 5));
fs.closeSync(fd); fs.unlinkSync(p);
// expect: 5 hello
