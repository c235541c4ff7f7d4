// doc: stream.md § "writable._write(chunk, encoding, callback)"
// A piped PassThrough whose _write is replaced on the instance gets every later chunk through the replacement.
// (minode passes a chunk through a piped stock PassThrough without calling its _write; a replaced one must still win.)
var stream = require('stream');

var left = 6;
var src = new stream.Readable({
  read: function () { this.push(left-- > 0 ? Buffer.from('ab') : null); }
});
var mid = new stream.PassThrough();
var out = [], calls = 0;
var dst = new stream.Writable({
  write: function (c, e, cb) {
    out.push(c.toString());
    if (out.length === 2) {
      var stock = mid._write;
      mid._write = function (chunk, enc, done) { calls++; return stock.call(this, chunk, enc, done); };
    }
    cb();
  }
});
src.pipe(mid).pipe(dst);
dst.on('finish', function () { console.log(out.join(' '), calls); });
// expect: ab ab ab ab ab ab 4
