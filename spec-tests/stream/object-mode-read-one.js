// doc: stream.md § "readable.read([size])"
// In objectMode read(n) returns a single object whatever n is.
var stream = require('stream');

var r = new stream.Readable({ objectMode: true, read: function () {} });
r.push(1); r.push(2);
console.log(r.read(5), r.read(), r.read());
// expect: 1 2 null
