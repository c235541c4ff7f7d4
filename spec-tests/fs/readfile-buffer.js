// doc: fs.md § "fs.readFile(path[, options], callback)"
// Without an encoding, readFile gives a Buffer.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-readfile-buffer-' + process.pid);
fs.writeFileSync(p, 'abc');
fs.readFile(p, function (err, data) {
  console.log(err, Buffer.isBuffer(data), data.length, data[0]);
  fs.unlinkSync(p);
});
// expect: null true 3 97
