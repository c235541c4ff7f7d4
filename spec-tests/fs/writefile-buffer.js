// doc: fs.md § "fs.writeFile(file, data[, options], callback)"
// writeFile writes the bytes of a Buffer or TypedArray.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-writefile-buffer-' + process.pid);
fs.writeFile(p, new Uint8Array([104, 105]), function (err) {
  console.log(err, fs.readFileSync(p, 'utf8'));
  fs.unlinkSync(p);
});
// expect: null hi
