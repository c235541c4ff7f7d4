// doc: fs.md § "fs.readFileSync(path[, options])"
// readFileSync returns a Buffer without an encoding and a string with one.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-readfilesync-buffer-' + process.pid);
fs.writeFileSync(p, 'xyz');
console.log(Buffer.isBuffer(fs.readFileSync(p)), fs.readFileSync(p, 'utf8'), fs.readFileSync(p, { encoding: 'base64' }));
fs.unlinkSync(p);
// expect: true xyz eHl6
