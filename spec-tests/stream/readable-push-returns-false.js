// doc: stream.md § "readable.push(chunk[, encoding])"
// push() returns false once the buffer reaches highWaterMark.
var stream = require('stream');

var r = new stream.Readable({ highWaterMark: 4, read: function () {} });
console.log(r.push('ab'), r.readableLength);
console.log(r.push('cd'), r.readableLength);
console.log(r.push('e'), r.readableLength);
// expect: true 2
// expect: false 4
// expect: false 5
