// doc: stream.md § "Class: stream.PassThrough", "transform._transform(chunk, encoding, callback)"
// A piped PassThrough whose _transform is replaced on the instance while data flows runs the replacement for every later chunk.
// (minode passes a chunk through a piped stock PassThrough itself; a replaced _transform must still win.)
var stream = require('stream');

var left = 6;
var src = new stream.Readable({
  read: function () { this.push(left-- > 0 ? Buffer.from('ab') : null); }
});
var mid = new stream.PassThrough();
var out = [];
var dst = new stream.Writable({
  write: function (c, e, cb) {
    out.push(c.toString());
    if (out.length === 3) mid._transform = function (chunk, enc, done) { done(null, chunk.toString().toUpperCase()); };
    cb();
  }
});
src.pipe(mid).pipe(dst);
dst.on('finish', function () { console.log(out.join(' ')); });
// expect: ab ab ab AB AB AB
