// doc: fs.md § "fs.createReadStream(path[, options])"
// A ReadStream pipes into a WriteStream, copying the file.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-readstream-pipe-' + process.pid);
fs.writeFileSync(p, Buffer.alloc(300000, 'x'));
var ws = fs.createWriteStream(p + '.copy');
fs.createReadStream(p).pipe(ws);
ws.on('finish', function () {
  console.log(fs.statSync(p + '.copy').size, ws.bytesWritten);
});
ws.on('close', function () { console.log('closed'); fs.unlinkSync(p); fs.unlinkSync(p + '.copy'); });
// expect: 300000 300000
// expect: closed
