// doc: stream.md § "writable.write(chunk[, encoding][, callback])"
// A chunk bigger than highWaterMark that _write() has not acknowledged yet makes write() return false, and 'drain' follows the callback.
var stream = require('stream');

var w = new stream.Writable({ highWaterMark: 4, write: function (c, e, cb) { setTimeout(cb, 1); } });
w.on('drain', function () { console.log('drain', w.writableLength); });
console.log(w.write('0123456789'), w.writableLength, w.writableNeedDrain);
// expect: false 10 true
// expect: drain 0
