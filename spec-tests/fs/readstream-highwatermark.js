// doc: fs.md § "fs.createReadStream(path[, options])"
// Chunks are at most highWaterMark bytes; the default is 64 KiB.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-readstream-highwatermark-' + process.pid);
fs.writeFileSync(p, Buffer.alloc(200000, 1));
var rs = fs.createReadStream(p);
var sizes = [];
console.log(rs.readableHighWaterMark);
rs.on('data', function (c) { sizes.push(c.length); });
rs.on('end', function () {
  console.log(sizes.join(','));
  fs.createReadStream(p, { highWaterMark: 100000 }).on('data', function (c) { console.log(c.length); })
    .on('close', function () { fs.unlinkSync(p); });
});
// expect: 65536
// expect: 65536,65536,65536,3392
// expect: 100000
// expect: 100000
