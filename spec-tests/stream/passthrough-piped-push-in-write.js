// doc: stream.md § "Class: stream.Transform", "readable.push(chunk[, encoding])"
// Data pushed into a paused PassThrough from inside its destination's write() stays buffered, and the PassThrough's write is not settled (writableLength, 'drain') until its readable side is read again.
// (minode settles a piped stock PassThrough's write itself; a readable side that grew meanwhile must take the general path.)
var stream = require('stream');

var mid = new stream.PassThrough({ highWaterMark: 2 });
var log = [];
var n = 0;
var dst = new stream.Writable({
  highWaterMark: 2,
  write: function (c, e, cb) {
    log.push('dst ' + c + ' ' + mid.readableLength + ' ' + mid.writableLength);
    if (++n === 1) {
      mid.pause();
      log.push('push ' + mid.push(Buffer.from('XYZ')) + ' ' + mid.readableLength);
      setTimeout(function () { log.push('resume'); mid.resume(); }, 5);
    }
    cb();
  }
});
mid.pipe(dst);
mid.on('drain', function () { log.push('drain ' + mid.writableLength); });
log.push('write a ' + mid.write(Buffer.from('a')) + ' ' + mid.writableLength);
log.push('write b ' + mid.write(Buffer.from('b')) + ' ' + mid.writableLength);
log.push('write c ' + mid.write(Buffer.from('c')) + ' ' + mid.writableLength);
mid.end(function () { log.push('end cb'); });
dst.on('finish', function () { log.push('finish'); console.log(log.join('\n')); });
// expect: dst a 0 1
// expect: push false 3
// expect: write a true 1
// expect: write b false 2
// expect: write c false 3
// expect: resume
// expect: dst XYZ 2 0
// expect: dst b 1 0
// expect: dst c 0 0
// expect: end cb
// expect: finish
