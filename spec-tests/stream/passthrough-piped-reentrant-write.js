// doc: stream.md § "writable.write(chunk[, encoding][, callback])", "Class: stream.PassThrough"
// A chunk written to a piped PassThrough from inside its destination's write() waits for the chunk in flight, and comes out after it.
// (minode settles a piped stock PassThrough's write itself; a chunk queued meanwhile must go out as in Node.)
var stream = require('stream');

var mid = new stream.PassThrough();
var log = [];
var dst = new stream.Writable({
  write: function (c, e, cb) {
    log.push('dst ' + c + ' ' + mid.writableLength);
    if (String(c) === 'a') log.push('inner ' + mid.write(Buffer.from('b')) + ' ' + mid.writableLength);
    cb();
  }
});
mid.pipe(dst);
log.push('outer ' + mid.write(Buffer.from('a')) + ' ' + mid.writableLength);
log.push('next ' + mid.write(Buffer.from('c')) + ' ' + mid.writableLength);
mid.end();
dst.on('finish', function () { console.log(log.join('\n')); });
// expect: dst a 1
// expect: inner true 2
// expect: dst b 1
// expect: outer true 0
// expect: dst c 1
// expect: next true 0
