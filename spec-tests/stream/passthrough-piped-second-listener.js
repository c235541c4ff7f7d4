// doc: stream.md § "Event: 'data'", "readable.pipe(destination[, options])"
// A 'data' listener added to a piped PassThrough while data flows sees every later chunk, as the pipe's destination does.
// (minode hands a piped stock PassThrough's chunk straight to the destination while pipe's listener is the only one.)
var stream = require('stream');

var left = 5;
var src = new stream.Readable({
  read: function () { this.push(left-- > 0 ? Buffer.from('ab') : null); }
});
var mid = new stream.PassThrough();
var written = 0, heard = 0;
var dst = new stream.Writable({
  write: function (c, e, cb) {
    if (++written === 2) mid.on('data', function () { heard++; });
    cb();
  }
});
src.pipe(mid).pipe(dst);
dst.on('finish', function () { console.log(written, heard); });
// expect: 5 3
