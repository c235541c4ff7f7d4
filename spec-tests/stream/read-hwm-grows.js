// doc: stream.md § "readable.read([size])"
// read(n) with n above highWaterMark raises the mark to the next power of two.
var stream = require('stream');

var r = new stream.Readable({ highWaterMark: 8, read: function () {} });
r.read(100);
console.log(r.readableHighWaterMark);
// expect: 128
