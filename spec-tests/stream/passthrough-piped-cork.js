// doc: stream.md § "writable.cork()", "writable.uncork()", "Class: stream.PassThrough"
// Writes to a corked piped PassThrough are held (counted in writableLength) until uncork(), then come out in order.
// (minode passes a chunk through a piped stock PassThrough itself; a cork must hold it as in Node.)
var stream = require('stream');

var mid = new stream.PassThrough();
var log = [];
var dst = new stream.Writable({
  write: function (c, e, cb) {
    log.push('dst ' + c + ' ' + mid.writableLength);
    cb();
  }
});
mid.pipe(dst);
mid.write(Buffer.from('a'));
mid.cork();
log.push('w ' + mid.write(Buffer.from('b')) + ' ' + mid.writableLength);
log.push('w ' + mid.write(Buffer.from('cd')) + ' ' + mid.writableLength);
mid.uncork();
log.push('uncorked ' + mid.writableLength);
mid.end();
dst.on('finish', function () { console.log(log.join('\n')); });
// expect: dst a 1
// expect: w true 1
// expect: w true 3
// expect: dst b 3
// expect: dst cd 2
// expect: uncorked 0
