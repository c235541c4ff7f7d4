// doc: stream.md § "writable.writableLength"
// writableLength counts bytes not yet acknowledged; writableObjectMode and writableHighWaterMark report the options.
var stream = require('stream');

var w = new stream.Writable({ highWaterMark: 100, write: function (c, e, cb) { setTimeout(cb, 1); } });
w.write('abc'); w.write('de');
console.log(w.writableLength, w.writableObjectMode, w.writableHighWaterMark, w.writable);
setTimeout(function () { console.log(w.writableLength); }, 20);
// expect: 5 false 100 true
// expect: 0
