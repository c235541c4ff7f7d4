// doc: stream.md § "writable.end([chunk[, encoding]][, callback])", "Event: 'finish'"
// A piped PassThrough ended from inside its destination's write() finishes after the chunk in flight is settled, in Node's order.
// (minode settles a piped stock PassThrough's write itself; an end() meanwhile must take the general path.)
var stream = require('stream');

var mid = new stream.PassThrough();
var log = [];
var dst = new stream.Writable({
  write: function (c, e, cb) {
    log.push('dst ' + c + ' ' + mid.writableLength + ' ' + mid.writableEnded);
    mid.end(function () { log.push('end cb'); });
    log.push('ended ' + mid.writableFinished);
    cb();
  }
});
mid.pipe(dst);
mid.on('finish', function () { log.push('mid finish'); });
mid.on('end', function () { log.push('mid end'); });
log.push('write ' + mid.write(Buffer.from('a')) + ' ' + mid.writableLength);
dst.on('finish', function () { log.push('dst finish'); console.log(log.join('\n')); });
// expect: dst a 1 false
// expect: ended false
// expect: write true 0
// expect: mid end
// expect: end cb
// expect: mid finish
// expect: dst finish
