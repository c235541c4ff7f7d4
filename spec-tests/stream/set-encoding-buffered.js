// doc: stream.md § "readable.setEncoding(encoding)"
// Data already buffered is converted when setEncoding() is called.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.push('ab'); r.push('cd');
r.setEncoding('utf8');
console.log(JSON.stringify(r.read()));
// expect: "abcd"
