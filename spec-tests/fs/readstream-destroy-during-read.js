// doc: fs.md § "Class: fs.ReadStream"
// Destroying a ReadStream while a read is in flight emits 'close' once, no 'error', and closes its fd.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-readstream-destroy-' + process.pid);
fs.writeFileSync(p, Buffer.alloc(256 * 1024, 'x'));
var rs = fs.createReadStream(p, { highWaterMark: 1024 });
var fd = null, closes = 0;
rs.on('open', function (f) { fd = f; });
rs.on('error', function (e) { console.log('error', e.code); });
rs.once('readable', function () {
  rs.read(10);    // consumes from the buffer: the stream starts the next read
  rs.destroy();   // ... which is still on a worker
});
rs.on('close', function () {
  closes++;
  setTimeout(function () {
    var closed = false;
    try { fs.fstatSync(fd); } catch (e) { closed = e.code === 'EBADF'; }
    console.log('close', closes, 'fd closed', closed);
    fs.unlinkSync(p);
  }, 20);
});
// expect: close 1 fd closed true
