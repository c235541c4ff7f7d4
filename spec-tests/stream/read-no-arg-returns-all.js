// doc: stream.md § "readable.read([size])"
// read() with no size returns everything buffered, concatenated.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.push('ab'); r.push('cd');
var b = r.read();
console.log(Buffer.isBuffer(b), b.toString(), r.readableLength);
console.log(r.read());
// expect: true abcd 0
// expect: null
