// doc: stream.md § "writable.write(chunk[, encoding][, callback])"
// A writer that waits for 'drain' whenever write() returns false keeps writableLength at most highWaterMark plus one chunk.
var stream = require('stream');

var w = new stream.Writable({ highWaterMark: 100, write: function (c, e, cb) { setTimeout(cb, 0); } });
var i = 0, max = 0, waits = 0;
function writeSome() {
  while (i < 50) {
    i++;
    var ok = w.write(Buffer.alloc(30));
    if (w.writableLength > max) max = w.writableLength;
    if (!ok) { waits++; w.once('drain', writeSome); return; }
  }
  w.end();
}
writeSome();
w.on('finish', function () { console.log('max', max, 'waited', waits > 0); });
// expect: max 120 waited true
