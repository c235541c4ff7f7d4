// doc: stream.md § "Object mode", "new stream.Duplex(options)"
// A piped PassThrough with readableObjectMode counts its readable side in chunks, not bytes, while its destination writes.
// (minode passes a chunk through a piped stock PassThrough itself only for a byte stream; objectMode takes the general path.)
var stream = require('stream');

var mid = new stream.PassThrough({ readableObjectMode: true, readableHighWaterMark: 1 });
var log = [];
var dst = new stream.Writable({
  write: function (c, e, cb) {
    log.push(c + ' ' + Buffer.isBuffer(c) + ' ' + mid.writableLength + '/' + mid.readableLength);
    cb();
  }
});
mid.pipe(dst);
log.push('w ' + mid.write(Buffer.from('ab')) + ' ' + mid.writableLength);
log.push('w ' + mid.write(Buffer.from('cde')) + ' ' + mid.writableLength);
mid.end();
dst.on('finish', function () { console.log(log.join('\n')); });
// expect: ab true 2/0
// expect: w true 0
// expect: cde true 3/0
// expect: w true 0
