// doc: fs.md § "fs.appendFileSync(path, data[, options])"
// appendFileSync appends synchronously.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-appendfilesync-' + process.pid);
fs.writeFileSync(p, 'a');
fs.appendFileSync(p, 'b');
fs.appendFileSync(p, Buffer.from('c'));
console.log(fs.readFileSync(p, 'utf8'));
fs.unlinkSync(p);
// expect: abc
