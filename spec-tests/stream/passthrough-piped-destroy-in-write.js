// doc: stream.md § "writable.destroy([error])", "Class: stream.PassThrough"
// A piped PassThrough destroyed by its destination's write(), while its own write is in flight: 'error' and 'close' come in Node's order, and later writes fail.
// (minode settles a piped stock PassThrough's write without its callback; a destroy meanwhile must take the general path.)
var stream = require('stream');

var mid = new stream.PassThrough();
var log = [];
var dst = new stream.Writable({
  write: function (c, e, cb) {
    log.push('write ' + c + ' ' + mid.writableLength);
    mid.destroy(new Error('boom'));
    log.push('destroyed ' + mid.writableLength + ' ' + mid.destroyed);
    cb();
  }
});
mid.pipe(dst);
mid.on('error', function (e) { log.push('error ' + e.message); });
mid.on('close', function () { log.push('close'); });
mid.on('finish', function () { log.push('finish'); });
var r = mid.write(Buffer.from('abc'));
log.push('write returned ' + r + ' ' + mid.writableLength);
log.push('write after ' + mid.write(Buffer.from('d')));
setTimeout(function () { console.log(log.join('\n')); }, 10);
// expect: write abc 3
// expect: destroyed 3 true
// expect: write returned false 0
// expect: write after false
// expect: error boom
// expect: close
