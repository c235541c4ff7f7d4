// doc: fs.md § "Using fs.writeFile() with file descriptors"
// Writing to an fd writes at the current position, without truncating.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-writefilesync-fd-' + process.pid);
fs.writeFileSync(p, 'Hello World');
var fd = fs.openSync(p, 'r+');
fs.writeFileSync(fd, 'Aloha');
fs.closeSync(fd);
console.log(fs.readFileSync(p, 'utf8'));
fs.unlinkSync(p);
// expect: Aloha World
