// doc: fs.md § "fs.write(fd, string[, position[, encoding]], callback)"
// write with a string writes its encoded bytes and passes the string back.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-write-string-' + process.pid);
var fd = fs.openSync(p, 'w');
fs.write(fd, 'caf\u00e9', function (err, n, s) {
  console.log(n, s);
  fs.closeSync(fd); fs.unlinkSync(p);
});
// expect: 5 café
