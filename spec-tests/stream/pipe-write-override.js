// doc: stream.md § "readable.pipe(destination[, options])"
// pipe() writes every chunk through the destination's own write(): an override on the instance,
// even one installed while data flows, sees every chunk after it.
// (minode's pipe hands a Buffer to the stock write() without calling pipe's 'data' listener;
// an overridden write must still win.)
var stream = require('stream');

var left = 12;
var r = new stream.Readable({
  read: function () { this.push(left-- > 0 ? Buffer.from('ab') : null); }
});
var written = 0, overridden = 0;
var w = new stream.Writable({
  write: function (c, e, cb) {
    if (++written === 4) {
      var stock = w.write;
      w.write = function (chunk) { overridden++; return stock.apply(this, arguments); };
    }
    cb();
  }
});
r.pipe(w);
w.on('finish', function () { console.log(written, overridden); });
// expect: 12 8
