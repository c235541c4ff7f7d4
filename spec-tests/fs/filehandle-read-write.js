// doc: fs.md § "Class: FileHandle"
// A FileHandle writes and reads, and close() resolves.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-filehandle-read-write-' + process.pid);
var fsp = fs.promises;
var fh;
fsp.open(p, 'w+').then(function (h) {
  fh = h;
  console.log(typeof h.fd);
  return h.write('hello');
}).then(function (r) {
  console.log(r.bytesWritten);
  return fh.read(Buffer.alloc(5), 0, 5, 0);
}).then(function (r) {
  console.log(r.bytesRead, r.buffer.toString());
  return fh.close();
}).then(function () { console.log('closed'); fs.unlinkSync(p); });
// expect: number
// expect: 5
// expect: 5 hello
// expect: closed
