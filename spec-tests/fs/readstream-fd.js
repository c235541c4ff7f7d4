// doc: fs.md § "fs.createReadStream(path[, options])"
// Given an fd, no file is opened ('open' is not emitted) and autoClose closes it.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-readstream-fd-' + process.pid);
fs.writeFileSync(p, 'by fd');
var fd = fs.openSync(p, 'r');
var rs = fs.createReadStream(null, { fd: fd, encoding: 'utf8' });
rs.on('open', function () { console.log('open'); });
rs.on('data', function (d) { console.log(d); });
rs.on('close', function () {
  try { fs.fstatSync(fd); } catch (e) { console.log(e.code); }
  fs.unlinkSync(p);
});
// expect: by fd
// expect: EBADF
