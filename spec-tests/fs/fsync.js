// doc: fs.md § "fs.fsync(fd, callback)"
// fsync flushes an open file and calls back with no error.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-fsync-' + process.pid);
var fd = fs.openSync(p, 'w');
fs.writeSync(fd, 'x');
fs.fsync(fd, function (err) { console.log(err); fs.fsyncSync(fd); fs.closeSync(fd); fs.unlinkSync(p); });
// expect: null
