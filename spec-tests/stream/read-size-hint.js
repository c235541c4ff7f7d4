// doc: stream.md § "readable._read(size)"
// _read is called with the highWaterMark as its size hint.
var stream = require('stream');

var r = new stream.Readable({ highWaterMark: 123, read: function (n) { console.log('read', n); this.push(null); } });
r.resume();
// expect: read 123
