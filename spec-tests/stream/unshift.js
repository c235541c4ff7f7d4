// doc: stream.md § "readable.unshift(chunk[, encoding])"
// unshift() puts a chunk back at the front of the buffer.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.push('world');
var first = r.read(2);
r.unshift(first);
r.unshift('hello ');
console.log(r.read().toString());
// expect: hello world
