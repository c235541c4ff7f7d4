// doc: fs.md § "fs.writeSync(fd, string[, position[, encoding]])"
// writeSync with a string returns the byte count.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-writesync-string-' + process.pid);
var fd = fs.openSync(p, 'w');
console.log(fs.writeSync(fd, 'abc'), fs.writeSync(fd, '6465', null, 'hex'));
fs.closeSync(fd);
console.log(fs.readFileSync(p, 'utf8')); fs.unlinkSync(p);
// expect: 3 2
// expect: abcde
