// doc: stream.md § "writable.writableLength"
// writableLength counts bytes not yet acknowledged; writableObjectMode and writableHighWaterMark report the options.
var stream = require('stream');

var w = new stream.Writable({ highWaterMark: 100, write: function (c, e, cb) { setTimeout(cb, 1); } });
// (Checked from the last write's callback, not a timer: a fixed delay failed on a loaded machine.)
w.write('abc'); w.write('de', function () { console.log(w.writableLength); });
console.log(w.writableLength, w.writableObjectMode, w.writableHighWaterMark, w.writable);
// expect: 5 false 100 true
// expect: 0
