// doc: stream.md § "readable.pipe(destination[, options])", "Event: 'data'"
// A 'data' listener added to a piped source, part-way through, gets every later chunk;
// the destination still gets every chunk, in order.
// (minode writes to a pipe's destination directly while pipe's listener is the only one;
// with a second listener it must go back to emitting 'data' to both.)
var stream = require('stream');

var i = 0;
var r = new stream.Readable({
  read: function () { this.push(i < 10 ? Buffer.from(String(i++)) : null); }
});
var out = '', tapped = '';
var w = new stream.Writable({
  write: function (c, e, cb) {
    out += c;
    if (out.length === 3) r.on('data', function (d) { tapped += d; });
    cb();
  }
});
r.pipe(w);
w.on('finish', function () { console.log(out, tapped); });
// expect: 0123456789 3456789
