// doc: fs.md § "Class: fs.WriteStream"
// Destroying a WriteStream while a write is in flight emits 'close' once, no 'error', and closes its fd.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-writestream-destroy-' + process.pid);
var ws = fs.createWriteStream(p);
var fd = null, closes = 0;
ws.on('error', function (e) { console.log('error', e.code); });
ws.on('open', function (f) {
  fd = f;
  ws.write(Buffer.alloc(64 * 1024, 'y'));  // goes to a worker now
  ws.destroy();
});
ws.on('close', function () {
  closes++;
  setTimeout(function () {
    var closed = false;
    try { fs.fstatSync(fd); } catch (e) { closed = e.code === 'EBADF'; }
    console.log('close', closes, 'fd closed', closed);
    fs.unlinkSync(p);
  }, 20);
});
// expect: close 1 fd closed true
