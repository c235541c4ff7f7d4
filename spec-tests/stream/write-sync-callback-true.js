// doc: stream.md § "writable.write(chunk[, encoding][, callback])"
// A chunk that _write() acknowledges synchronously is no longer buffered, so write() returns true and no 'drain' follows, even for a chunk bigger than highWaterMark.
var stream = require('stream');

var drains = 0;
var w = new stream.Writable({ highWaterMark: 4, write: function (c, e, cb) { cb(); } });
w.on('drain', function () { drains++; });
console.log(w.write('0123456789'), w.writableLength, w.writableNeedDrain);
console.log(w.write('0123456789'), w.writableLength);
setTimeout(function () { console.log('drains', drains); }, 5);
// expect: true 0 false
// expect: true 0
// expect: drains 0
