// doc: stream.md § "Class: stream.PassThrough", "readable.push(chunk[, encoding])"
// A piped PassThrough's output goes through its push(), an override installed while data flows included.
// (minode hands a piped stock PassThrough's chunk downstream without calling push(); an override must still win.)
var stream = require('stream');

var left = 5;
var src = new stream.Readable({
  read: function () { this.push(left-- > 0 ? Buffer.from('ab') : null); }
});
var mid = new stream.PassThrough();
var out = [], pushes = 0;
var dst = new stream.Writable({
  write: function (c, e, cb) {
    out.push(c.toString());
    if (out.length === 1) {
      mid.push = function (chunk) {
        pushes++;
        return stream.PassThrough.prototype.push.call(this, chunk === null ? null : Buffer.from(chunk.toString() + '!'));
      };
    }
    cb();
  }
});
src.pipe(mid).pipe(dst);
dst.on('finish', function () { console.log(out.join(' '), pushes); });
// expect: ab ab! ab! ab! ab! 5
