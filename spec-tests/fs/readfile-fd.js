// doc: fs.md § "fs.readFile(path[, options], callback)"
// readFile accepts a file descriptor and reads from its current position.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-readfile-fd-' + process.pid);
fs.writeFileSync(p, 'hello world');
var fd = fs.openSync(p, 'r');
fs.readSync(fd, Buffer.alloc(6), 0, 6, null);
fs.readFile(fd, 'utf8', function (err, data) { console.log(data); fs.closeSync(fd); fs.unlinkSync(p); });
// expect: world
