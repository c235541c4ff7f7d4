// doc: stream.md § "readable.read([size])"
// read(n) returns exactly n bytes when that many are buffered, else null until the end.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.push('hello'); r.push('world');
console.log(String(r.read(3)), String(r.read(4)));
console.log(r.read(10));
r.push(null);
console.log(String(r.read(10)));
// expect: hel lowo
// expect: null
// expect: rld
