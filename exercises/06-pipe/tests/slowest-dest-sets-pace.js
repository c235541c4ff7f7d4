// doc: stream.md § "readable.pipe(destination[, options])"
// Piped to two destinations, the source waits for the slower one: neither buffers without bound.
var stream = require('stream');

var sent = 0, maxSlow = 0;
var r = new stream.Readable({
  highWaterMark: 32,
  read: function () { if (sent >= 2048) return this.push(null); sent += 16; this.push(Buffer.alloc(16)); }
});
var fast = new stream.Writable({ highWaterMark: 32, write: function (c, e, cb) { cb(); } });
var slow = new stream.Writable({ highWaterMark: 32, write: function (c, e, cb) {
  maxSlow = Math.max(maxSlow, slow.writableLength); setTimeout(cb, 0);
} });
r.pipe(fast); r.pipe(slow);
slow.on('finish', function () { console.log('slow bounded', maxSlow <= 32 + 16); });
// expect: slow bounded true
