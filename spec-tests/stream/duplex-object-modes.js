// doc: stream.md § "new stream.Duplex(options)"
// readableObjectMode and writableObjectMode set each side separately.
var stream = require('stream');

var d = new stream.Duplex({ readableObjectMode: true, read: function () {}, write: function (c, e, cb) { cb(); } });
console.log(d.readableObjectMode, d.writableObjectMode);
var e = new stream.Duplex({ readableHighWaterMark: 5, writableHighWaterMark: 7 });
console.log(e.readableHighWaterMark, e.writableHighWaterMark);
// expect: true false
// expect: 5 7
