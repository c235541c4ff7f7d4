// doc: stream.md § "Buffering"
// A fast source piped into a slow destination never has more than about two highWaterMarks in flight.
var stream = require('stream');

var sent = 0, max = 0;
var r = new stream.Readable({
  highWaterMark: 64,
  read: function () { if (sent >= 4096) return this.push(null); sent += 16; this.push(Buffer.alloc(16)); }
});
var w = new stream.Writable({
  highWaterMark: 64,
  write: function (c, e, cb) {
    max = Math.max(max, w.writableLength + r.readableLength);
    setTimeout(cb, 0);
  }
});
r.pipe(w).on('finish', function () { console.log('bounded', max <= 64 + 64 + 16, 'sent', sent); });
// expect: bounded true sent 4096
