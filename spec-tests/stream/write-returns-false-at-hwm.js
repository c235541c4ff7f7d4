// doc: stream.md § "writable.write(chunk[, encoding][, callback])"
// write() returns false once the buffered length reaches highWaterMark.
var stream = require('stream');

var w = new stream.Writable({ highWaterMark: 5, write: function (c, e, cb) { setTimeout(cb, 1); } });
console.log(w.write('ab'), w.writableLength);
console.log(w.write('cde'), w.writableLength);
console.log(w.write('f'), w.writableLength);
// expect: true 2
// expect: false 5
// expect: false 6
